// Entry(e).State = … on tracked and untracked instances.
const u = await db.Users.FirstAsync(x => x.Id == 4);
const name = u.Name;
u.Name = 'Changed';
db.Entry(u).State = EntityState.Unchanged;
console.log(u.Name === name ? 'reverted' : `kept ${u.Name}`);
db.Entry(u).State = EntityState.Modified;
console.log(`${db.Entry(u).State} ${db.Entry(u).Property('LastLogin').IsModified ? 'all modified' : 'none modified'}`);
const ghost = new User({ Id: 9, Name: 'Ghost', LastLogin: null });
db.Entry(ghost).State = EntityState.Deleted;
db.Entry(u).State = EntityState.Detached;
console.log(`${db.ChangeTracker.Entries().length} entries, ${db.Entry(u).State}`);
console.log(`saved ${await db.SaveChangesAsync()}`);
