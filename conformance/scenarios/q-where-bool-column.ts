// A bool column alone, negated, compared with a constant and with a captured bool.
const open = await db.Tickets.Where(t => t.IsOpen).CountAsync();
const closed = await db.Tickets.Where(t => !t.IsOpen).CountAsync();
const closed2 = await db.Tickets.Where(t => t.IsOpen == false).CountAsync();
const wanted = true;
const open2 = await db.Tickets.Where(t => t.IsOpen == wanted && t.CustomerId < 10).CountAsync();
console.log(`${open} ${closed} ${closed2} ${open2}`);
