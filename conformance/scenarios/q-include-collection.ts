// Include of a collection: LEFT JOIN ordered by the root's key; First/Single/Skip/Take push the root into a subquery.
const id = 2;
const customers = await db.Customers.Include(c => c.Orders).Where(c => c.Id <= id).ToListAsync();
console.log(`${customers.length} ${customers[0].Orders.length} ${customers[1].Orders.length}`);
const first = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == id);
console.log(`${first.Orders.length} same: ${first === customers[1] ? "yes" : "no"}`);
const paged = await db.Customers.Include(c => c.Orders).OrderBy(c => c.Name).Skip(1).Take(2).ToListAsync();
console.log(`${paged.length} ${paged[0].Name} ${paged[0].Orders.length}`);
const single = await db.Customers.Include(c => c.Orders).SingleOrDefaultAsync(c => c.Id == 9);
console.log(`${single?.Orders.length}`);
const ordered = await db.Customers.Include(c => c.Orders).Where(c => c.Id > 48).OrderByDescending(c => c.Email).ToListAsync();
console.log(`${ordered[0].Id} ${ordered[0].Orders.length}`);
const n = await db.Customers.Include(c => c.Orders).CountAsync();
console.log(`${n}`);
