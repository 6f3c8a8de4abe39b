/**
 * Preloaded into the benchmark's child servers (`--import ./bench/lib/probe.ts`): answers the parent's
 * `{type: 'probe'}` IPC messages with memory, CPU time and the event-loop delay since the previous probe.
 * It reads nothing from the server it sits in, and does nothing when there is no IPC channel.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
  process.on('message', (message: { id: number; type: string }) => {
    if (message?.type !== 'probe') return;
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    process.send?.({
      id: message.id,
      report: {
        rssMb: memory.rss / 2 ** 20,
        heapUsedMb: memory.heapUsed / 2 ** 20,
        eventLoop: {
          p50: ms(delay.percentile(50)),
          p99: ms(delay.percentile(99)),
          max: ms(delay.max),
          mean: ms(delay.mean),
        },
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
      },
    });
    delay.reset();
  });
  // The IPC channel must not keep a server alive that wants to exit; a dead benchmark takes its servers along.
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
