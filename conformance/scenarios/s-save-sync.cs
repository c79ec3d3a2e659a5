// The synchronous API: query, edit, SaveChanges.
var u = db.Users.First(x => x.Id == 2);
u.Name = "Bob Sync";
db.Users.Add(new User { Id = 11, Name = "Newbie", LastLogin = null });
Console.WriteLine($"saved {db.SaveChanges()}");
Console.WriteLine($"{db.Users.Count()} users");
