// dist/audit/inspect-pool.js
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
async function createInspectPool(threads) {
  const { Piscina } = await import("piscina");
  const pool = new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: 1e3, concurrentTasksPerWorker: 1 });
  return {
    inspect(task) {
      const own = task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength ? task.bytes : new Uint8Array(task.bytes);
      return pool.run({ ...task, bytes: own }, { transferList: [own.buffer] });
    },
    close: () => pool.destroy()
  };
}
function workerFile() {
  const beside = new URL("./inspect-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(beside)))
    return beside.href;
  return new URL("../../dist/audit/inspect-worker.js", import.meta.url).href;
}
export {
  createInspectPool
};
