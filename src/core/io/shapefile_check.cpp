// Checking a shapefile's .shp, .shx and .dbf against each other and against their own headers
// (ESRI Shapefile Technical Description, 1998; dBase III+ table headers).
#include "io/shapefile_check.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <span>

namespace landplan::io::detail {
namespace {

// A file's bytes, mapped read-only (a county's .shp is hundreds of MB: no copy).
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return;
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
      void* data =
          ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (data != MAP_FAILED)
        bytes_ = {static_cast<const std::uint8_t*>(data), static_cast<std::size_t>(info.st_size)};
    }
    opened_ = true;
    ::close(fd);
  }
  ~MappedFile() {
    if (!bytes_.empty()) ::munmap(const_cast<std::uint8_t*>(bytes_.data()), bytes_.size());
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  bool opened() const { return opened_; }
  std::span<const std::uint8_t> bytes() const { return bytes_; }

 private:
  bool opened_ = false;
  std::span<const std::uint8_t> bytes_;
};

std::uint32_t big32(std::span<const std::uint8_t> b, std::size_t at) {
  return std::uint32_t{b[at]} << 24 | std::uint32_t{b[at + 1]} << 16 |
         std::uint32_t{b[at + 2]} << 8 | b[at + 3];
}
std::uint32_t little32(std::span<const std::uint8_t> b, std::size_t at) {
  return std::uint32_t{b[at + 3]} << 24 | std::uint32_t{b[at + 2]} << 16 |
         std::uint32_t{b[at + 1]} << 8 | b[at];
}
std::uint16_t little16(std::span<const std::uint8_t> b, std::size_t at) {
  return static_cast<std::uint16_t>(b[at + 1] << 8 | b[at]);
}
double little_double(std::span<const std::uint8_t> b, std::size_t at) {
  double value;
  std::memcpy(&value, b.data() + at, sizeof value);  // x86 and ARM are little-endian
  return value;
}

// A .shp or .shx main header: file code 9994 and the length (16-bit words) it was written with.
std::optional<std::string> header_damage(std::span<const std::uint8_t> b, const char* ext) {
  std::string name = ext;
  if (b.size() < 100) return "the " + name + " is shorter than its 100-byte header";
  if (big32(b, 0) != 9994) return "the " + name + " does not start with the shapefile code 9994";
  std::uint64_t stated = std::uint64_t{big32(b, 24)} * 2;
  if (stated != b.size()) {
    return "the " + name + " holds " + std::to_string(b.size()) + " bytes but its header says " +
           std::to_string(stated) + (stated > b.size() ? ", so it is cut short" : "");
  }
  return std::nullopt;
}

// The content lengths (bytes) a shape of this type may have: base without, then with Z, with M.
bool length_fits(std::uint32_t type, std::uint64_t length, std::uint64_t parts,
                 std::uint64_t points) {
  std::uint64_t measures = 16 + 8 * points;
  switch (type) {
    case 1:
      return length == 20;
    case 11:
      return length == 28 || length == 36;
    case 21:
      return length == 28;
    case 8:
      return length == 40 + 16 * points;
    case 18:
      return length == 40 + 16 * points + measures || length == 40 + 16 * points + 2 * measures;
    case 28:
      return length == 40 + 16 * points || length == 40 + 16 * points + measures;
    case 3:
    case 5:
      return length == 44 + 4 * parts + 16 * points;
    case 13:
    case 15: {
      std::uint64_t z = 44 + 4 * parts + 16 * points + measures;
      return length == z || length == z + measures;
    }
    case 23:
    case 25: {
      std::uint64_t base = 44 + 4 * parts + 16 * points;
      return length == base || length == base + measures;
    }
    case 31: {
      std::uint64_t z = 44 + 8 * parts + 16 * points + measures;
      return length == z || length == z + measures;
    }
    default:
      return false;
  }
}

bool inside(double v, double low, double high) {
  double slack = 1e-9 * std::max(1.0, std::abs(v));
  return v >= low - slack && v <= high + slack;  // false for NaN
}

// One record's content (after its 8-byte header): shape type, counts, parts, points in its box.
std::optional<std::string> shape_damage(std::span<const std::uint8_t> c, std::uint32_t file_type) {
  if (c.size() < 4) return "is shorter than its shape type";
  std::uint32_t type = little32(c, 0);
  if (type == 0)
    return c.size() == 4 ? std::nullopt
                         : std::optional<std::string>("is a null shape with bytes after it");
  if (type != file_type) {
    return "has shape type " + std::to_string(type) + " in a file of type " +
           std::to_string(file_type);
  }
  bool single_point = type == 1 || type == 11 || type == 21;
  if (single_point) {
    if (!length_fits(type, c.size(), 0, 1)) return "has the wrong length for a point";
    double x = little_double(c, 4), y = little_double(c, 12);
    return std::isfinite(x) && std::isfinite(y)
               ? std::nullopt
               : std::optional<std::string>("has a NaN or infinite point");
  }
  if (c.size() < 40) return "is shorter than its bounding box and counts";
  bool multipoint = type == 8 || type == 18 || type == 28;
  std::uint64_t parts = multipoint ? 0 : little32(c, 36);
  std::uint64_t points = little32(c, multipoint ? 36 : 40);
  if (!length_fits(type, c.size(), parts, points) || points == 0 || (!multipoint && parts == 0)) {
    return "says " + (multipoint ? "" : std::to_string(parts) + " parts and ") +
           std::to_string(points) + " points, which its " + std::to_string(c.size()) +
           " bytes do not hold";
  }
  std::size_t at = multipoint ? 40 : 44;
  std::uint32_t previous = 0;
  for (std::uint64_t p = 0; p < parts; ++p, at += 4) {
    std::uint32_t first = little32(c, at);
    if ((p == 0 && first != 0) || (p > 0 && first <= previous) || first >= points) {
      return "has part offsets out of order";
    }
    previous = first;
  }
  if (type == 31) at += 4 * parts;  // part types of a multipatch
  double minx = little_double(c, 4), miny = little_double(c, 12);
  double maxx = little_double(c, 20), maxy = little_double(c, 28);
  for (std::uint64_t i = 0; i < points; ++i, at += 16) {
    double x = little_double(c, at), y = little_double(c, at + 8);
    if (!inside(x, minx, maxx) || !inside(y, miny, maxy)) {
      return "has a point outside its own bounding box (or NaN): its bytes are damaged";
    }
  }
  return std::nullopt;
}

std::optional<std::string> records_damage(std::span<const std::uint8_t> shp,
                                          std::span<const std::uint8_t> shx) {
  if ((shx.size() - 100) % 8 != 0) return "the .shx length is not a whole number of entries";
  std::uint32_t file_type = little32(shp, 32);
  std::size_t shapes = (shx.size() - 100) / 8;
  for (std::size_t i = 0; i < shapes; ++i) {
    std::uint64_t offset = std::uint64_t{big32(shx, 100 + 8 * i)} * 2;
    std::uint64_t length = std::uint64_t{big32(shx, 104 + 8 * i)} * 2;
    std::string record = "shape " + std::to_string(i) + " ";
    if (offset < 100 || offset + 8 + length > shp.size()) {
      return record +
             "lies beyond the end of the .shp — the file is cut short or its .shx is wrong";
    }
    if (big32(shp, offset) != i + 1 || std::uint64_t{big32(shp, offset + 4)} * 2 != length) {
      return record + "is not where the .shx says";
    }
    if (auto damage = shape_damage(shp.subspan(offset + 8, length), file_type)) {
      return record + *damage;
    }
  }
  return std::nullopt;
}

// dBase header: record count at 4, header and record lengths at 8 and 10, then 32-byte field
// descriptors (length at byte 16 of each) up to a 0x0D terminator.
std::optional<std::string> dbf_damage(std::span<const std::uint8_t> dbf, std::size_t shapes,
                                      std::size_t& deleted) {
  if (dbf.size() < 33) return "the .dbf is shorter than its header";
  std::uint64_t records = little32(dbf, 4), header = little16(dbf, 8), length = little16(dbf, 10);
  if (records != shapes) {
    return "the .shx lists " + std::to_string(shapes) + " shapes but the .dbf holds " +
           std::to_string(records) + " records, so features are missing";
  }
  std::uint64_t field_bytes = 1;  // the deletion flag
  std::size_t at = 32;
  for (; at + 32 <= header && dbf[at] != 0x0D; at += 32) field_bytes += dbf[at + 16];
  if (at >= header || at >= dbf.size() || dbf[at] != 0x0D || field_bytes != length) {
    return "the .dbf field descriptors do not add up to its record length";
  }
  std::uint64_t expected = header + records * length;
  if (dbf.size() != expected && !(dbf.size() == expected + 1 && dbf[expected] == 0x1A)) {
    return "the .dbf holds " + std::to_string(dbf.size()) + " bytes but its header says " +
           std::to_string(expected) + (dbf.size() < expected ? ", so it is cut short" : "");
  }
  for (std::uint64_t r = 0; r < records; ++r) {
    std::uint8_t flag = dbf[header + r * length];
    if (flag == '*') {
      ++deleted;
    } else if (flag != ' ') {
      return "record " + std::to_string(r) + " of the .dbf has no valid deletion flag";
    }
  }
  return std::nullopt;
}

}  // namespace

ShapefileCheck check_shapefile(const std::string& source) {
  std::filesystem::path path(source);
  auto sidecar = [&](const char* lower, const char* upper) {
    std::filesystem::path p = path;
    p.replace_extension(lower);
    if (std::filesystem::exists(p)) return p;
    return p.replace_extension(upper);
  };
  MappedFile shp(path), shx(sidecar(".shx", ".SHX")), dbf(sidecar(".dbf", ".DBF"));
  ShapefileCheck check;
  if (!shp.opened() || !shx.opened() || !dbf.opened()) return check;  // GDAL says what is missing
  if ((check.damage = header_damage(shp.bytes(), ".shp"))) return check;
  if ((check.damage = header_damage(shx.bytes(), ".shx"))) return check;
  if ((check.damage = records_damage(shp.bytes(), shx.bytes()))) return check;
  check.damage = dbf_damage(dbf.bytes(), (shx.bytes().size() - 100) / 8, check.deleted);
  return check;
}

}  // namespace landplan::io::detail
