// Synchronous terminals without predicates, on a query chain.
const all = db.Users.OrderBy(u => u.Name).ToList();
const first = db.Users.OrderByDescending(u => u.Name).First();
const fod = db.Users.Where(u => u.Id > 8).OrderBy(u => u.Id).FirstOrDefault();
const n = db.Users.Count();
const any = db.Users.Where(u => u.Id > 10).Any();
const single = db.Users.Where(u => u.Name == "Erin").Single();
console.log(`${all.length} ${first.Name} ${fod?.Name} ${n} ${any ? "True" : "False"} ${single.Id}`);
