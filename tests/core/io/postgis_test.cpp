// "PG:" sources turned into libpq connection strings, without a server: GDAL's own options left
// out, values quoted, a connect timeout added, and a password refused without repeating it.
#include <gtest/gtest.h>

#include <cstdlib>

#include "landplan/error.hpp"
#include "landplan/io/postgis.hpp"

using landplan::InputError;
using landplan::io::connection_info;

TEST(Connection, GdalOptionsLeftOutValuesQuotedTimeoutAdded) {
  unsetenv("PGCONNECT_TIMEOUT");
  EXPECT_EQ(connection_info("PG:host=db  dbname=town active_schema=plan user='o\\'k'"),
            "host='db' dbname='town' user='o\\'k' connect_timeout='10'");
  EXPECT_EQ(connection_info("PG:dbname='two words' tables=parcels schemas=a,b"),
            "dbname='two words' connect_timeout='10'");
}

TEST(Connection, TimeoutGivenByTheUserIsKept) {
  unsetenv("PGCONNECT_TIMEOUT");
  EXPECT_EQ(connection_info("PG:dbname=x connect_timeout=3"), "dbname='x' connect_timeout='3'");
  setenv("PGCONNECT_TIMEOUT", "5", 1);
  EXPECT_EQ(connection_info("PG:dbname=x"), "dbname='x'");  // libpq reads the variable itself
  unsetenv("PGCONNECT_TIMEOUT");
}

TEST(Connection, PasswordIsRefusedAndNotRepeated) {
  try {
    connection_info("PG:host=db password=S3cret-value dbname=x");
    FAIL() << "a password in the text was accepted";
  } catch (const InputError& e) {
    std::string message = e.what();
    EXPECT_EQ(message.find("S3cret-value"), std::string::npos) << message;
    EXPECT_NE(message.find("PG:host=db password=*** dbname=x: holds a password"), std::string::npos)
        << message;
  }
}
