// Placeholder entry; the app shell replaces it.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>DbContext Playground</h1>);
