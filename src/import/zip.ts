import yauzl from 'yauzl';

/**
 * Reading the zip container of an Office Open XML file (.docx, .xlsx) within fixed bounds.
 * yauzl (not jszip) because it reads the central directory first and checks every entry's
 * inflated size against the size it declares while inflating, so a zip bomb is refused after
 * reading at most `maxEntryBytes` of it, not after it has filled the memory.
 */
export interface ZipLimits {
  /** The most entries a container may have. */
  maxEntries: number;
  /** The most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** The most bytes all entries read may inflate to together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

/** Why a file could not be opened as an Office document; worded by the caller. */
export type ContainerProblem =
  | { kind: 'legacy' } // an OLE compound file: .doc / .xls (97–2003)
  | { kind: 'encrypted' } // an OLE compound file holding an encrypted OOXML package
  | { kind: 'notZip' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'tooLarge'; entry: string; limit: number };

export class ContainerError extends Error {
  constructor(readonly problem: ContainerProblem) {
    super(problem.kind);
  }
}

export interface ZipArchive {
  /** Entry names, as stored (forward slashes). */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** An entry's bytes, or undefined when there is no such entry. */
  read(name: string): Promise<Buffer | undefined>;
  close(): void;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML package keeps in its OLE container. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Recognises what a buffer is before trying to unzip it, so the message can say what to do. */
export function sniffContainer(buffer: Buffer): ContainerProblem | null {
  if (buffer.subarray(0, 8).equals(OLE_MAGIC)) return buffer.includes(ENCRYPTION_INFO) ? { kind: 'encrypted' } : { kind: 'legacy' };
  if (buffer.length < 22 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) return { kind: 'notZip' };
  return null;
}

export async function openZip(buffer: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipArchive> {
  const sniffed = sniffContainer(buffer);
  if (sniffed) throw new ContainerError(sniffed);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }, (error, zipfile) =>
      error || !zipfile ? reject(new ContainerError({ kind: 'corrupt', detail: error?.message ?? 'no zip' })) : resolve(zipfile),
    ),
  );
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ContainerError({ kind: 'tooLarge', entry: `${zip.entryCount} entries`, limit: limits.maxEntries });
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName.replace(/\\/g, '/').replace(/^\//, ''), entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (error: Error) => reject(new ContainerError({ kind: 'corrupt', detail: error.message })));
    zip.readEntry();
  });
  // Entry names are matched case-insensitively, as Office does.
  const byLower = new Map([...entries].map(([name, entry]) => [name.toLowerCase(), entry]));
  let total = 0;
  return {
    names: [...entries.keys()],
    has: (name) => byLower.has(name.toLowerCase()),
    read: async (name) => {
      const entry = byLower.get(name.toLowerCase());
      if (!entry) return undefined;
      if (entry.isEncrypted()) throw new ContainerError({ kind: 'encrypted' });
      if (entry.uncompressedSize > limits.maxEntryBytes) throw new ContainerError({ kind: 'tooLarge', entry: name, limit: limits.maxEntryBytes });
      if (total + entry.uncompressedSize > limits.maxTotalBytes) throw new ContainerError({ kind: 'tooLarge', entry: name, limit: limits.maxTotalBytes });
      const data = await new Promise<Buffer>((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(new ContainerError({ kind: 'corrupt', detail: error?.message ?? name }));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            // yauzl stops at the declared size too; this guards a lying header all the same.
            if (size > limits.maxEntryBytes) {
              stream.destroy(new ContainerError({ kind: 'tooLarge', entry: name, limit: limits.maxEntryBytes }));
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', (e: Error) => reject(e instanceof ContainerError ? e : new ContainerError({ kind: 'corrupt', detail: `${name}: ${e.message}` })));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
      });
      total += data.length;
      return data;
    },
    close: () => zip.close(),
  };
}
