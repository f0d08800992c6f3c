// Passwords of PostgreSQL connections: hidden in any text, and refused in every spelling libpq
// reads (its own parser decides for URIs).
#include "landplan/secrets.hpp"

#include <gtest/gtest.h>

#include "landplan/error.hpp"
#include "landplan/io/postgis.hpp"

namespace landplan {
namespace {

struct Spelling {
  const char* text;
  const char* masked;
};

// Each way libpq takes a password, as the user might write it, and as landplan shows it.
const Spelling kSpellings[] = {
    {"PG:host=db password=s3cret dbname=x", "PG:host=db password=*** dbname=x"},
    {"PG:password=s3cret", "PG:password=***"},
    {"PG:host=db password = 's3 cret' dbname=x", "PG:host=db password = *** dbname=x"},
    {"PG:password='s3\\'cret' user=u", "PG:password=*** user=u"},
    {"host=db password=s3&cret", "host=db password=***"},
    {"PG:postgresql://u:s3cret@host/db", "PG:postgresql://u:***@host/db"},
    {"postgresql://u:s3cret@host:5432/db:parcels", "postgresql://u:***@host:5432/db:parcels"},
    {"postgres://u:s3%40cret@host/db", "postgres://u:***@host/db"},
    {"POSTGRESQL://u:s3cret@host/db", "POSTGRESQL://u:***@host/db"},
    {"postgresql://host/db?password=s3cret", "postgresql://host/db?password=***"},
    {"postgresql://host/db?user=u&password=s3cret&sslmode=require",
     "postgresql://host/db?user=u&password=***&sslmode=require"},
    {"postgresql://host/db?pass%77ord=s3cret", "postgresql://host/db?pass%77ord=***"},
    {"PG:postgresql:///db?host=/tmp&PASSWORD=s3cret", "PG:postgresql:///db?host=/tmp&PASSWORD=***"},
};

TEST(MaskPasswords, EverySpellingHidden) {
  for (const Spelling& s : kSpellings) {
    EXPECT_EQ(mask_passwords(s.text), s.masked) << s.text;
  }
}

TEST(MaskPasswords, InsideLongerMessages) {
  EXPECT_EQ(mask_passwords("x.toml:layers.a.source: 'PG:dbname=d password=p1 host=h' holds"),
            "x.toml:layers.a.source: 'PG:dbname=d password=*** host=h' holds");
  EXPECT_EQ(mask_passwords("GDAL: PQconnectdb failed for postgresql://u:p2@h/d; retry"),
            "GDAL: PQconnectdb failed for postgresql://u:***@h/d; retry");
  // Two connections in one line (overlap A B).
  EXPECT_EQ(mask_passwords("postgres://a:p3@h/d × PG:password=p4"),
            "postgres://a:***@h/d × PG:password=***");
}

TEST(MaskPasswords, TextWithoutPasswordsUnchanged) {
  for (const char* text : {"PG:host=db dbname=x user=planner", "postgresql://u@host/db",
                           "postgresql://host:5432/db?sslmode=require", "parcels.shp: a=b c=d",
                           "no such file", "passwords.shp: password", ""}) {
    EXPECT_EQ(mask_passwords(text), text);
  }
}

TEST(RefusePassword, EverySpellingRefusedNamingItMasked) {
  for (const Spelling& s : kSpellings) {
    std::string source = s.text;
    if (!io::is_postgis_source(source)) continue;  // "host=db …" alone is no source
    try {
      io::connection_info(source);
      ADD_FAILURE() << "accepted " << source;
    } catch (const InputError& e) {
      std::string message = e.what();
      EXPECT_EQ(message.find("s3"), std::string::npos) << message;
      // libpq reads only lower-case schemes and keys: the others are refused as unreadable.
      bool readable = source.find("POSTGRESQL") == std::string::npos &&
                      source.find("PASSWORD") == std::string::npos;
      EXPECT_TRUE(message.starts_with(std::string(s.masked) + ": " +
                                      (readable ? "holds a password" : "is not a PostgreSQL")))
          << message;
    }
  }
}

TEST(RefusePassword, ProjectKeyNamed) {
  try {
    io::refuse_password("postgres://u:s3cret@h/d", "p.toml:layers.a.source");
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "p.toml:layers.a.source: 'postgres://u:***@h/d': holds a password, which landplan "
                 "does not read from text — remove it and put it in PGPASSWORD or ~/.pgpass "
                 "(PGPASSFILE), where no log, process list or project.toml shows it");
  }
  EXPECT_NO_THROW(io::refuse_password("parcels.shp", "p.toml:layers.a.source"));
  EXPECT_NO_THROW(io::refuse_password("PG:dbname=x user=u"));
}

TEST(Connection, UriReadByLibpq) {
  setenv("PGCONNECT_TIMEOUT", "5", 1);
  EXPECT_EQ(io::connection_info("postgresql://planner@db.example:5433/town?sslmode=disable"),
            "user='planner' dbname='town' host='db.example' port='5433' sslmode='disable'");
  EXPECT_EQ(io::connection_info("PG:postgres://%E8%A7%84@h/d"), "user='规' dbname='d' host='h'");
  unsetenv("PGCONNECT_TIMEOUT");
  EXPECT_THROW(io::connection_info("postgresql://h/d?nonsense=1"), InputError);
}

}  // namespace
}  // namespace landplan
