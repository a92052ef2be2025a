/** /search/idx/n/<n>.bin (src/search/format.ts). */
import { fileRoute, indexPaths } from '../_files.ts';

export const getStaticPaths = () => indexPaths('n/');
export const GET = fileRoute('n/');
