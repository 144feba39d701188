/** The text of a PDF, as poppler's pdftotext lays it out (installed on the test machines). */
import { spawn } from 'node:child_process';

/**
 * `layout`: as laid out on the page (columns side by side); false: in the order the text was drawn,
 * so a table cell's text wrapped over lines reads as one run.
 */
export function pdfToText(pdf: Buffer | Uint8Array, { layout = true }: { layout?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-']);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`pdftotext exited with ${code}: ${Buffer.concat(err).toString('utf8')}`));
    });
    child.stdin.end(pdf);
  });
}
