import { tokenise } from '../src/text/normalise-text';
import { extractConcepts } from '../src/text/extract-concepts';
for (const t of process.argv.slice(2)) for (const w of tokenise(t)) { const c = [...extractConcepts([w]).keys()]; if (c.length) console.log(w, c.join(',')); }
