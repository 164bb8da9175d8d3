// Regenerates the generated parts of docs/ from the code. `npm run docs` runs it; tests check the output is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedDocs } from './docs-content.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [file, content] of Object.entries(generatedDocs())) {
  writeFileSync(`${root}/${file}`, content);
  console.log(`wrote ${file}`);
}
