// Program.cs (Blazor Server): the factory is a singleton; every context it creates is the
// caller's to dispose. AddDbContext alone would make AppDb scoped to the whole circuit.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddDbContextFactory<AppDb>(o => o.UseSqlServer(connectionString));
