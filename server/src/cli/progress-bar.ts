/**
 * Progress of a long command: on a terminal one bar rewritten in place, in a log (not a
 * TTY) a plain line per step.
 */
export function reindexProgress(out: NodeJS.WriteStream): (done: number, total: number) => void {
  const WIDTH = 30;
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    if (out.isTTY) {
      const filled = Math.round(share * WIDTH);
      out.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.round(share * 100)} % ${done}/${total} remarks${done >= total ? '\n' : ''}`,
      );
    } else {
      out.write(`Reindexed ${done}/${total} remarks\n`);
    }
  };
}
