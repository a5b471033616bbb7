/**
 * DriveApp over folders declared by the tests: listing a folder's files (trashed ones included,
 * as Drive keeps them children until the trash is emptied), a file by ID, its blob. An unknown
 * ID fails with Drive's own message.
 */
import type { SimClock } from "./clock.js";

export const MimeType = {
  GOOGLE_SHEETS: "application/vnd.google-apps.spreadsheet",
  MICROSOFT_EXCEL: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  GOOGLE_DOCS: "application/vnd.google-apps.document",
  FOLDER: "application/vnd.google-apps.folder",
};

export interface FakeFileRecord {
  id: string;
  name: string;
  mimeType: string;
  /** In the trash: still its folder's child until the trash is emptied. */
  trashed?: boolean;
  /** The file's content (an .xlsx file's bytes), for `getBlob()`. */
  bytes?: Uint8Array;
}

/** Apps Script's Blob: `getBytes()` gives Java bytes (−128…127). */
export class FakeBlob {
  constructor(
    readonly bytes: Uint8Array,
    readonly name: string | null,
  ) {}
  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getName() {
    return this.name;
  }
  getDataAsString() {
    return new TextDecoder().decode(this.bytes);
  }
}

export class FakeDrive {
  readonly folders = new Map<string, { name: string; files: FakeFileRecord[] }>();
  constructor(private readonly clock: SimClock) {}

  /** Test helper. */
  addFolder(id: string, name: string, files: FakeFileRecord[]) {
    this.folders.set(id, { name, files });
  }

  getFolderById(id: string) {
    this.clock.spend("DriveApp.getFolderById");
    const folder = this.folders.get(id);
    if (!folder) {
      throw new Error(
        "Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
      );
    }
    const fileOf = (f: FakeFileRecord) => this.fileOf(f);
    const iterator = (files: FakeFileRecord[]) => {
      let i = 0;
      return {
        hasNext: () => i < files.length,
        next: () => {
          this.clock.spend("FileIterator.next");
          const f = files[i++];
          if (!f) throw new Error("Exception: Cannot retrieve the next object: iterator has reached the end.");
          return fileOf(f);
        },
        getContinuationToken: () => String(i),
      };
    };
    return {
      getId: () => id,
      getName: () => folder.name,
      getFilesByType: (mime: string) => {
        this.clock.spend("Folder.getFilesByType");
        return iterator(folder.files.filter((f) => f.mimeType === mime));
      },
      getFiles: () => {
        this.clock.spend("Folder.getFiles");
        return iterator(folder.files);
      },
    };
  }

  private fileOf(f: FakeFileRecord) {
    return {
      getId: () => f.id,
      getName: () => f.name,
      getMimeType: () => f.mimeType,
      isTrashed: () => f.trashed === true,
      getUrl: () => `https://docs.google.com/spreadsheets/d/${f.id}/edit`,
      getBlob: () => {
        this.clock.spend("File.getBlob");
        return new FakeBlob(f.bytes ?? new Uint8Array(), f.name);
      },
    };
  }

  /** A file of any folder; a folder's ID or an unknown one fails as Drive does. */
  getFileById(id: string) {
    this.clock.spend("DriveApp.getFileById");
    for (const folder of this.folders.values()) {
      const f = folder.files.find((x) => x.id === id);
      if (f) return this.fileOf(f);
    }
    throw new Error(
      "Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
    );
  }
}
