// The synchronous API: query, edit, SaveChanges.
const u = db.Users.First(x => x.Id == 2);
u.Name = 'Bob Sync';
db.Users.Add(new User({ Id: 11, Name: 'Newbie', LastLogin: null }));
console.log(`saved ${db.SaveChanges()}`);
console.log(`${db.Users.Count()} users`);
