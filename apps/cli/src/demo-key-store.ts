import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the demo remembers the keys it was given. The platform keeps only key hashes (ADR 0003),
 * so a second load can act for a demo organisation only with the key the first load received.
 */
export interface DemoKeyStore {
  get(organisationName: string): string | undefined;
  set(organisationName: string, key: string): void;
}

export class MemoryKeyStore implements DemoKeyStore {
  private readonly keys = new Map<string, string>();
  get(name: string): string | undefined {
    return this.keys.get(name);
  }
  set(name: string, key: string): void {
    this.keys.set(name, key);
  }
}

/** A git-ignored JSON file (tmp/demo-keys.json by default), readable by its owner only. */
export class FileKeyStore implements DemoKeyStore {
  private readonly keys: Record<string, string>;

  constructor(
    readonly file: string,
    readonly database: string,
  ) {
    const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>) : {};
    this.keys = all[database] ?? {};
  }

  get(name: string): string | undefined {
    return this.keys[name];
  }

  set(name: string, key: string): void {
    this.keys[name] = key;
    const all = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, Record<string, string>>) : {};
    all[this.database] = this.keys;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
    chmodSync(this.file, 0o600);
  }
}
