// Optional filters: a client-evaluated side of || or && short-circuits before translation.
const term: string | null = null;
const a = await db.Customers.CountAsync(c => term == null || c.Name.includes(term!));
const name = "Customer 3";
const b = await db.Customers.CountAsync(c => name == null || c.Name == name);
const onlyOpen = false;
const d = await db.Tickets.CountAsync(t => !onlyOpen || t.IsOpen);
const strict = true;
const e = await db.Tickets.CountAsync(t => t.CustomerId == 2 && (strict && t.IsOpen));
console.log(`${a} ${b} ${d} ${e}`);
