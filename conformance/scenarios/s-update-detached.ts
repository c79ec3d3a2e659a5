// Update() of an untracked instance: every column is written.
const entry = db.Update(new Customer({ Id: 15, Name: 'Full Update', Email: 'full@example.com' }));
console.log(`${entry.State}`);
console.log(`saved ${await db.SaveChangesAsync()}`);
