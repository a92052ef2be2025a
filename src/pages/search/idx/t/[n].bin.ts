/** /search/idx/t/<n>.bin (src/search/format.ts). */
import { fileRoute, indexPaths } from '../_files.ts';

export const getStaticPaths = () => indexPaths('t/');
export const GET = fileRoute('t/');
