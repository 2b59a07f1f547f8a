/**
 * Renders .docx files to PDF with LibreOffice (one soffice run for all of them, with a profile
 * of its own so parallel runs never share one) and the PDFs to 60 dpi PNGs for looking at.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const OUTPUT = fileURLToPath(new URL('../../../test-output/officialdoc/', import.meta.url));

/** Writes each file, converts them all in one LibreOffice run, and returns the PDF paths by name. */
export async function renderDocx(files: Record<string, Buffer>): Promise<Record<string, string>> {
  await mkdir(OUTPUT, { recursive: true });
  for (const name of await readdir(OUTPUT)) if (/\.(pdf|png)$/.test(name)) await rm(join(OUTPUT, name));
  const docx: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(OUTPUT, `${name}.docx`);
    await writeFile(path, bytes);
    docx.push(path);
  }
  const profile = await mkdtemp(join(tmpdir(), 'wenshu-soffice-'));
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', OUTPUT, ...docx], {
      timeout: 240_000,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs: Record<string, string> = {};
  for (const path of docx) {
    const name = basename(path, '.docx');
    pdfs[name] = join(OUTPUT, `${name}.pdf`);
    await run('pdftoppm', ['-png', '-r', '60', pdfs[name], join(OUTPUT, name)], { timeout: 60_000 });
  }
  return pdfs;
}
