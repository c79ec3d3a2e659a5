// Synchronous terminals without predicates, on a query chain.
var all = db.Users.OrderBy(u => u.Name).ToList();
var first = db.Users.OrderByDescending(u => u.Name).First();
var fod = db.Users.Where(u => u.Id > 8).OrderBy(u => u.Id).FirstOrDefault();
var n = db.Users.Count();
var any = db.Users.Where(u => u.Id > 10).Any();
var single = db.Users.Where(u => u.Name == "Erin").Single();
Console.WriteLine($"{all.Count} {first.Name} {fod?.Name} {n} {(any ? "True" : "False")} {single.Id}");
