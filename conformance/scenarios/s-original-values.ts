// OriginalValues and Property(...).IsModified after an edit, before and after DetectChanges.
const u = await db.Users.FirstAsync(x => x.Id == 7);
const before = u.Name;
u.Name = 'Edited seven';
console.log(`${db.Entry(u).Property('Name').IsModified ? 'modified' : 'not modified'} ${db.Entry(u).OriginalValues.GetValue('Name') === before ? 'original kept' : 'original lost'}`);
console.log(`${db.Entry(u).Property('Name').OriginalValue === before ? 'same' : 'different'} ${db.Entry(u).Property('LastLogin').IsModified ? 'login modified' : 'login not modified'}`);
await db.SaveChangesAsync();
console.log(`${db.Entry(u).Property('Name').OriginalValue === u.Name ? 'accepted' : 'not accepted'}`);
