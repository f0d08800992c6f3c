// Workbooks read back through GDAL, for the tests of --format xlsx.
#include "support/workbook.hpp"

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <stdexcept>

namespace landplan::test {

std::vector<WorkbookSheet> read_workbook(const std::filesystem::path& file) {
  GDALAllRegister();
  const char* drivers[] = {"XLSX", nullptr};
  // GDAL 3.6's XLSX driver takes these as configuration options (the HEADERS and FIELD_TYPES
  // open options came later); with AUTO it would guess a text-only sheet has no header row.
  CPLConfigOptionSetter headers("OGR_XLSX_HEADERS", "FORCE", false);
  CPLConfigOptionSetter types("OGR_XLSX_FIELD_TYPES", "AUTO", false);
  std::unique_ptr<GDALDataset> dataset(
      GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
  if (!dataset) throw std::runtime_error("GDAL cannot open " + file.string());
  std::vector<WorkbookSheet> sheets;
  for (OGRLayer* layer : dataset->GetLayers()) {
    WorkbookSheet sheet;
    sheet.name = layer->GetName();
    OGRFeatureDefn* definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
      sheet.headers.push_back(definition->GetFieldDefn(i)->GetNameRef());
      sheet.types.push_back(definition->GetFieldDefn(i)->GetType());
    }
    for (auto& feature : *layer) {
      std::vector<report::Cell> row;
      for (int i = 0; i < definition->GetFieldCount(); ++i) {
        if (!feature->IsFieldSetAndNotNull(i))
          row.emplace_back();
        else if (sheet.types[i] == OFTInteger || sheet.types[i] == OFTInteger64)
          row.emplace_back(static_cast<std::int64_t>(feature->GetFieldAsInteger64(i)));
        else if (sheet.types[i] == OFTReal)
          row.emplace_back(feature->GetFieldAsDouble(i));
        else
          row.emplace_back(std::string(feature->GetFieldAsString(i)));
      }
      sheet.rows.push_back(std::move(row));
    }
    sheets.push_back(std::move(sheet));
  }
  return sheets;
}

std::string workbook_part(const std::filesystem::path& file, const std::string& part) {
  std::string path = "/vsizip/" + file.string() + "/" + part;
  VSILFILE* handle = VSIFOpenL(path.c_str(), "rb");
  if (!handle) throw std::runtime_error("no part " + path);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, handle)) > 0;)
    text.append(buffer, n);
  VSIFCloseL(handle);
  return text;
}

}  // namespace landplan::test
