// A captured variable that is null, compared with a required and with a nullable column.
const name: string | null = null;
const a = await db.Customers.Where(c => c.Name == name).CountAsync();
const b = await db.Customers.Where(c => c.Name != name).CountAsync();
const when: string | null = null;
const d = await db.Users.Where(u => u.LastLogin == when).CountAsync();
console.log(`${a} ${b} ${d}`);
