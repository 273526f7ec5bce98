//===- seed/Vocabulary.cpp - Words for realistic values -------------------===//
#include "seed/Vocabulary.h"

using llvm::ArrayRef;
using llvm::StringRef;

namespace schemac::seed::words {

#define SCHEMAC_WORDS(fn, ...)                                                                 \
  ArrayRef<StringRef> fn() {                                                                   \
    static const StringRef list[] = {__VA_ARGS__};                                             \
    return list;                                                                               \
  }

SCHEMAC_WORDS(firstNames, "Ada", "Alan", "Amara", "Ana", "Arjun", "Ben", "Bianca", "Carlos",
              "Chen", "Chloe", "Daniel", "Dana", "Elena", "Emeka", "Emma", "Farah", "Felix",
              "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jamal", "Jin", "Julia", "Kai", "Kofi",
              "Lara", "Leo", "Lina", "Lucas", "Maya", "Mateo", "Mei", "Mila", "Nadia", "Noah",
              "Omar", "Olga", "Priya", "Quinn", "Rafael", "Rosa", "Sam", "Sara", "Sofia", "Tariq",
              "Tom", "Uma", "Victor", "Wei", "Yara", "Yusuf", "Zoe")
SCHEMAC_WORDS(lastNames, "Adeyemi", "Alvarez", "Andersen", "Baker", "Bianchi", "Brown", "Chen",
              "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Gupta", "Haddad", "Hansen",
              "Ito", "Jensen", "Kim", "Kowalski", "Larsen", "Lee", "Lopez", "Martin", "Meyer",
              "Moreau", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Petrov",
              "Quinn", "Rossi", "Santos", "Schmidt", "Silva", "Singh", "Smith", "Tanaka",
              "Torres", "Valdez", "Wagner", "Walker", "Wang", "Weber", "Yilmaz", "Zhang")
SCHEMAC_WORDS(companyStems, "Acme", "Apex", "Blue Harbor", "Brightline", "Cedar", "Cobalt",
              "Crescent", "Delta", "Evergreen", "Falcon", "Granite", "Helix", "Horizon", "Ion",
              "Juniper", "Keystone", "Lumen", "Meridian", "Northwind", "Nova", "Orbit", "Pioneer",
              "Quantum", "Redwood", "Summit", "Tidal", "Umbra", "Vertex", "Willow", "Zenith")
SCHEMAC_WORDS(companySuffixes, "Labs", "Systems", "Health", "Logistics", "Analytics", "Software",
              "Robotics", "Energy", "Finance", "Media", "Foods", "Networks", "Studio", "Group")
SCHEMAC_WORDS(jobTitles, "Software Engineer", "Senior Software Engineer", "Staff Engineer",
              "Backend Engineer", "Frontend Engineer", "Full Stack Developer", "Data Engineer",
              "Data Scientist", "Machine Learning Engineer", "DevOps Engineer",
              "Site Reliability Engineer", "Product Manager", "Product Designer", "UX Researcher",
              "Engineering Manager", "QA Engineer", "Security Engineer", "Database Administrator",
              "Technical Writer", "Solutions Architect", "Mobile Developer", "Data Analyst",
              "Customer Success Manager", "Sales Engineer", "Marketing Manager", "Recruiter")
SCHEMAC_WORDS(skills, "TypeScript", "PostgreSQL", "React", "Node.js", "Python", "Go", "Rust",
              "Kubernetes", "AWS", "Terraform", "GraphQL", "Prisma", "Docker", "Java", "Kotlin",
              "Swift", "SQL", "Redis", "Kafka", "Figma", "C++", "Next.js", "CI/CD", "Linux")
SCHEMAC_WORDS(cities, "Berlin, Germany", "Lisbon, Portugal", "Toronto, Canada", "Austin, USA",
              "New York, USA", "San Francisco, USA", "London, UK", "Dublin, Ireland",
              "Amsterdam, Netherlands", "Paris, France", "Madrid, Spain", "Stockholm, Sweden",
              "Warsaw, Poland", "Bangalore, India", "Singapore", "Tokyo, Japan", "Sydney, Australia",
              "Sao Paulo, Brazil", "Lagos, Nigeria", "Nairobi, Kenya", "Mexico City, Mexico",
              "Seoul, South Korea", "Zurich, Switzerland", "Vienna, Austria", "Remote")
SCHEMAC_WORDS(domains, "example.com", "example.org", "example.net", "mail.example.com",
              "test.example", "corp.example", "jobs.example", "dev.example")
SCHEMAC_WORDS(lorem, "the", "team", "builds", "reliable", "systems", "for", "customers", "across",
              "the", "world", "with", "a", "focus", "on", "quality", "and", "speed", "we",
              "value", "ownership", "clear", "communication", "remote", "friendly", "growth",
              "data", "platform", "product", "design", "scale", "users", "daily", "features",
              "experience", "years", "strong", "knowledge", "of", "modern", "tools", "in",
              "collaborate", "closely", "engineers", "ship", "improve", "metrics", "secure")
SCHEMAC_WORDS(sources, "linkedin", "indeed", "greenhouse", "lever", "workday", "company-site",
              "referral", "angellist")
SCHEMAC_WORDS(streets, "Main Street", "Oak Avenue", "Harbor Road", "Station Square", "Park Lane",
              "Hill Street", "River Walk", "Market Street", "Elm Drive", "Lake View")

} // namespace schemac::seed::words
