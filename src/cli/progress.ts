/** A one-line progress bar on stderr when it is a terminal; nothing when piped. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): {
  update: (done: number, total: number) => void;
  done: () => void;
} {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const t0 = Date.now();
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const frac = total ? done / total : 1;
      const width = 30;
      const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
      const rate = done / Math.max(0.001, (now - t0) / 1000);
      stream.write(`\r${label} ${bar} ${(frac * 100).toFixed(0).padStart(3)}%  ${Math.round(rate).toLocaleString('en-US')} people/s `);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
