// Entry(e).State = Added / Modified on untracked instances, then save.
const u = new User({ Id: 12, Name: 'Twelve', LastLogin: '2026-03-01 09:00:00' });
db.Entry(u).State = EntityState.Added;
const v = new User({ Id: 3, Name: 'Carol Again', LastLogin: null });
db.Entry(v).State = EntityState.Modified;
console.log(`${db.Entry(u).State} ${db.Entry(v).State}`);
console.log(`saved ${await db.SaveChangesAsync()}`);
