// PGlite on a Node directory, made as durable as the library allows (README, "Power loss").
//
// What PGlite 0.5.14 does out of the box (read in node_modules/@electric-sql/pglite/dist):
// - it starts PostgreSQL with `-F` (fsync=off), so PostgreSQL never asks for an fsync;
// - its NODEFS file system has no `fsync` stream operation, so an fsync would be a no-op anyway,
//   and `fdatasync` is a hard-wired no-op syscall in the WASM module;
// - `relaxedDurability` only changes whether IndexedDB/OPFS syncs are awaited: for NodeFS it
//   does nothing (we leave it at its default, false).
// Every write still reaches the kernel at once (NODEFS writes with fs.writeSync), so a crash
// of the process loses nothing committed; a power cut could lose what the kernel had not yet
// written, and with fsync off even the order of WAL and data pages is not guaranteed.
//
// Here: fsync=on, WAL synced with fsync() (the call we can route; fdatasync cannot be), and the
// NODEFS fsync operation implemented with fs.fsyncSync. A commit then returns only once its WAL
// is on the disk (measured: one fsync per commit, ~6 ms on this machine's disk).
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

type InitOptions = Parameters<NodeFS["init"]>[1];
type Stream = { nfd?: number };
type NodeFsModule = { FS: { filesystems: { NODEFS: { stream_ops: Record<string, unknown> } } } };

export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, options: InitOptions): ReturnType<NodeFS["init"]> {
    const base = await super.init(pg, options);
    const routeFsync = (module: unknown) => {
      (module as NodeFsModule).FS.filesystems.NODEFS.stream_ops.fsync = (stream: Stream) => {
        // A stream opened on a directory has a descriptor too: fsync(2) accepts it on Linux.
        if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
        return 0;
      };
    };
    const preRun = [...(base.emscriptenOpts.preRun ?? []), routeFsync];
    return { emscriptenOpts: { ...base.emscriptenOpts, preRun } };
  }
}

/**
 * PGlite's own start parameters without `-F`, WAL flushed with fsync(). PGlite runs PostgreSQL
 * single-user, without a checkpointer: a checkpoint happens only when the WAL outgrows
 * max_wal_size (1 GB by default). 64 MB bounds what a restart after a crash replays and what
 * each backup carries (every backup holds the WAL too, in memory while it is taken).
 */
export function durableStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
    ...["-c", "fsync=on", "-c", "wal_sync_method=fsync", "-c", "max_wal_size=64MB", "-c", "min_wal_size=32MB"],
  ];
}

/** `loadDataDir`: a tarball of a data directory (a backup) unpacked into `dataDir` first. */
export async function openDurablePGlite(dataDir: string, options: { loadDataDir?: Blob } = {}): Promise<PGlite> {
  return await PGlite.create({ fs: new DurableNodeFS(dataDir), startParams: durableStartParams(), ...options });
}
