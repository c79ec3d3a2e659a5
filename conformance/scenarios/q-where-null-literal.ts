// A null literal compared with a required column folds to false/true; combined with other conditions.
const a = await db.Customers.CountAsync(c => c.Name == null);
const b = await db.Customers.CountAsync(c => c.Name != null && c.Id < 5);
const name: string | null = null;
const d = await db.Customers.CountAsync(c => c.Name == name || c.Id == 7);
console.log(`${a} ${b} ${d}`);
