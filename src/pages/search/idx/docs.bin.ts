/** /search/idx/docs.bin: each page's kind and title length (src/search/format.ts). */
import { indexFile } from './_files.ts';
import { DOCS_FILE } from '../../../search/format.ts';

export const GET = () => indexFile(DOCS_FILE);
