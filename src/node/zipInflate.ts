/**
 * Inflating raw deflate streams with a ceiling on the output, so that a stream that lies about
 * its size cannot take more memory than the caller allows.
 */
import { createInflateRaw } from "node:zlib";

/** Thrown by {@link boundedInflate} when the output would pass its limit. */
export class InflateLimitError extends Error {
  override readonly name = "InflateLimitError";
}

/**
 * Inflates a raw deflate stream as it comes, failing with {@link InflateLimitError} as soon as
 * the output passes `maxBytes`: memory stays bounded whatever the stream claims.
 * @example await boundedInflate(deflateRawSync("abc"), 10) // <Buffer 61 62 63>
 */
export async function boundedInflate(compressed: Uint8Array, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await inflateCounted(compressed, maxBytes, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

/** Streams `compressed` through inflateRaw, handing each chunk on; resolves to the output size. */
export function inflateCounted(
  compressed: Uint8Array,
  maxBytes: number,
  onChunk?: (chunk: Buffer) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let size = 0;
    inflater.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        inflater.destroy();
        reject(new InflateLimitError(`inflated output passes ${maxBytes} bytes`));
      } else onChunk?.(chunk);
    });
    inflater.on("error", reject);
    inflater.on("end", () => resolve(size));
    inflater.end(compressed);
  });
}
