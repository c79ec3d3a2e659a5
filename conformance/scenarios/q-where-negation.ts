// Negation shapes: a bool column inside OR, NOT over AND, != true, double negation.
const a = await db.Tickets.CountAsync(t => !t.IsOpen || t.CustomerId == 1);
const b = await db.Tickets.CountAsync(t => !(t.IsOpen && t.CustomerId > 3));
const d = await db.Tickets.CountAsync(t => t.IsOpen != true);
const e = await db.Tickets.CountAsync(t => !!t.IsOpen);
const f = await db.Tickets.CountAsync(t => !(t.IsOpen == (t.CustomerId > 25)));
console.log(`${a} ${b} ${d} ${e} ${f}`);
