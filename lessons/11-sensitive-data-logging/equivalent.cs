// Program.cs: key values and parameter values in messages and logs, in development only.
builder.Services.AddDbContext<AppDb>(options =>
{
    options.UseSqlServer(builder.Configuration.GetConnectionString("Default"));
    if (builder.Environment.IsDevelopment())
    {
        options.EnableSensitiveDataLogging();
    }
});

// Without it:
//   The instance of entity type 'Customer' cannot be tracked because another instance with the same
//   key value for {'Id'} is already being tracked. ... Consider using
//   'DbContextOptionsBuilder.EnableSensitiveDataLogging' to see the conflicting key values.
// With it:
//   The instance of entity type 'Customer' cannot be tracked because another instance with the key
//   value '{Id: 14}' is already being tracked. ...

var page = await db.Customers.Where(c => c.Id >= firstId && c.Id <= lastId).ToListAsync();
foreach (var edit in edits)
{
    db.Update(new Customer { Id = edit.Id, Name = edit.Name, Email = edit.Email });
}
await db.SaveChangesAsync();
