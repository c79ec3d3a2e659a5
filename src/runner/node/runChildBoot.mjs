// The CLI's run process starts here: a child knows no TypeScript until tsx is registered in it
// (the same loader `npm run scenario` runs under), then loads the real entry.
import { register } from 'tsx/esm/api';

register();
await import('./runChild.ts');
