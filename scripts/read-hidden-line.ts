// Reads one line from the terminal without echoing it (for passwords).
export function readHiddenLine(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (done: () => void) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write("\n");
      done();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return finish(() => resolve(value));
        if (ch === "\u0003" || ch === "\u0004") return finish(() => reject(new Error("cancelled")));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    // Echo off before the prompt shows, so nothing typed right after it is echoed.
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdout.write(prompt);
    stdin.resume();
    stdin.on("data", onData);
  });
}
