/**
 * Text files as editors' programs save them: UTF-8 with or without a BOM, or GB18030 (Windows
 * in China saves "ANSI" text so); UTF-16 ("Unicode" in Notepad and Excel) is named, not guessed.
 */

export class DecodeError extends Error {}

export function decodeBytes(bytes: Uint8Array, what: string): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DecodeError(`这是 UTF-16 的“Unicode 文本”this is UTF-16 text：${what}`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export const decodeText = (bytes: Uint8Array) => decodeBytes(bytes, '另存为“UTF-8”或“ANSI”编码的文本再导入 save it as UTF-8 or ANSI text and import again').text;
