// Program.cs: the worker is a singleton; the context stays scoped. The worker must not keep one.
builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(connectionString));
builder.Services.AddHostedService<TicketStats>();
