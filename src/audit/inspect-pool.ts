/**
 * A pool of worker threads (piscina) that inspects tarballs while the main thread fetches the
 * next ones. Tarball bytes are transferred to the worker, not copied; the report comes back by
 * structured clone.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../types.js';
import type { InspectTask } from './inspect-worker.js';

/** Runs inspections on worker threads. */
export interface InspectPool {
  inspect(task: InspectTask): Promise<Report>;
  close(): Promise<void>;
}

/** Start `threads` workers (started lazily by piscina as tasks arrive). */
export async function createInspectPool(threads: number): Promise<InspectPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: 1 });
  return {
    inspect(task) {
      // Transferring detaches the buffer, so it must be the tarball's own (Buffer.concat can
      // return a slice of Node's shared pool for small sizes): copy those.
      const own =
        task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength ? task.bytes : new Uint8Array(task.bytes);
      return pool.run({ ...task, bytes: own }, { transferList: [own.buffer as ArrayBuffer] }) as Promise<Report>;
    },
    close: () => pool.destroy(),
  };
}

/**
 * The compiled worker beside this file. Tests run the TypeScript sources, where workers cannot
 * load `.ts`: then the build in dist/ (which `npm test` makes first) is used.
 */
function workerFile(): string {
  const beside = new URL('./inspect-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside.href;
  return new URL('../../dist/audit/inspect-worker.js', import.meta.url).href;
}
