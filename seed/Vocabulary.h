//===- seed/Vocabulary.h - Words for realistic values -----------*- C++ -*-===//
//
// Part of schemac. Small built-in word lists (invented or common words, no personal data)
// that the value generators combine into names, companies, job titles, places, text.
//
//===----------------------------------------------------------------------===//
#ifndef SCHEMAC_SEED_VOCABULARY_H
#define SCHEMAC_SEED_VOCABULARY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace schemac::seed::words {

llvm::ArrayRef<llvm::StringRef> firstNames();
llvm::ArrayRef<llvm::StringRef> lastNames();
llvm::ArrayRef<llvm::StringRef> companyStems();
llvm::ArrayRef<llvm::StringRef> companySuffixes();
llvm::ArrayRef<llvm::StringRef> jobTitles();
llvm::ArrayRef<llvm::StringRef> skills();
llvm::ArrayRef<llvm::StringRef> cities(); ///< "City, Country"
llvm::ArrayRef<llvm::StringRef> domains();
llvm::ArrayRef<llvm::StringRef> lorem();
llvm::ArrayRef<llvm::StringRef> sources();
llvm::ArrayRef<llvm::StringRef> streets();

} // namespace schemac::seed::words

#endif // SCHEMAC_SEED_VOCABULARY_H
