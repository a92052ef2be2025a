/** /search/idx/m/<n>.bin (src/search/format.ts). */
import { fileRoute, indexPaths } from '../_files.ts';

export const getStaticPaths = () => indexPaths('m/');
export const GET = fileRoute('m/');
