// Program.cs: key values and parameter values in messages and logs, in development only.
builder.Services.AddDbContext<AppDb>(options =>
{
    options.UseSqlServer(builder.Configuration.GetConnectionString("Default"));
    if (builder.Environment.IsDevelopment())
    {
        options.EnableSensitiveDataLogging();
    }
});
