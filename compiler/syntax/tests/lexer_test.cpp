// Lexer and token tests: semicolon insertion, every literal form with gc's error texts and columns, Unicode
// identifiers, keywords per dialect, comments and line directives, Vo tokens, describeToken wording, and the whole Go
// test suite.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "compiler/basic/diagnostics.h"
#include "compiler/basic/source_manager.h"
#include "compiler/syntax/lexer.h"
#include "compiler/syntax/token.h"

namespace vo::syntax {
namespace {

constexpr std::array<const char*, static_cast<size_t>(TokenKind::NumTokens)> kKindNames = {
#define TOKEN(Name, Spelling) #Name,
#include "compiler/syntax/tokens.def"  // expands to: the enumerator name of every token, in enum order
};

// What lexing one string produced. Tokens render as `Kind` or `Kind:text` (`Semicolon:newline` for an inserted
// semicolon, `Ident:x`, `IntLit:0x1F`), up to and excluding Eof; errors as `line:col: message`.
struct Lexed {
  std::vector<std::string> tokens;
  std::vector<std::string> errors;
  std::vector<Token> raw;  // text views are dangling after lex() returns; kinds, flags and positions are valid
  std::vector<LineColumn> positions;
};

Lexed lex(const std::string& src, DialectKind dialect = DialectKind::Go) {
  SourceManager sources;
  FileId file = sources.addFile("test.go", src);
  DiagnosticEngine diags(sources);
  Lexer lexer(sources, file, diags, dialect);
  Lexed out;
  for (;;) {
    Token tok = lexer.next();
    if (tok.kind == TokenKind::Eof) break;
    std::string s = kKindNames[static_cast<size_t>(tok.kind)];
    if (!tok.text.empty()) s += ":" + std::string(tok.text);
    out.tokens.push_back(s);
    out.raw.push_back(tok);
    out.positions.push_back(sources.lineColumn(tok.pos));
  }
  for (const Diagnostic& d : diags.diagnostics()) {
    LineColumn lc = sources.lineColumn(d.pos);
    out.errors.push_back(std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + d.message);
  }
  return out;
}

using Strings = std::vector<std::string>;

// The single error of lexing `src`, or a note saying how many there were.
std::string onlyError(const std::string& src) {
  Lexed l = lex(src);
  if (l.errors.size() != 1) return std::to_string(l.errors.size()) + " errors";
  return l.errors[0];
}

TEST(LexerSemicolons, InsertedAfterNamesLiteralsAndClosers) {
  EXPECT_EQ(lex("x\n1\n1.5\n2i\n'a'\n\"s\"\n`r`\n)\n]\n}\n").tokens,
            (Strings{"Ident:x", "Semicolon:newline", "IntLit:1", "Semicolon:newline", "FloatLit:1.5",
                     "Semicolon:newline", "ImagLit:2i", "Semicolon:newline", "RuneLit:'a'", "Semicolon:newline",
                     "StringLit:\"s\"", "Semicolon:newline", "StringLit:`r`", "Semicolon:newline", "RParen",
                     "Semicolon:newline", "RBrack", "Semicolon:newline", "RBrace", "Semicolon:newline"}));
}

TEST(LexerSemicolons, InsertedAfterBranchKeywordsAndIncDec) {
  EXPECT_EQ(lex("break\ncontinue\nfallthrough\nreturn\nx++\nx--\n").tokens,
            (Strings{"KwBreak", "Semicolon:newline", "KwContinue", "Semicolon:newline", "KwFallthrough",
                     "Semicolon:newline", "KwReturn", "Semicolon:newline", "Ident:x", "Inc", "Semicolon:newline",
                     "Ident:x", "Dec", "Semicolon:newline"}));
}

TEST(LexerSemicolons, NotInsertedAfterOperatorsOpenersOrOtherKeywords) {
  EXPECT_EQ(lex("x +\ny\n").tokens, (Strings{"Ident:x", "Add", "Ident:y", "Semicolon:newline"}));
  EXPECT_EQ(lex("f(\n)\n").tokens, (Strings{"Ident:f", "LParen", "RParen", "Semicolon:newline"}));
  EXPECT_EQ(lex("func\nvar\nif\n,\n{\n").tokens, (Strings{"KwFunc", "KwVar", "KwIf", "Comma", "LBrace"}));
  EXPECT_EQ(lex("\n\n\n").tokens, Strings{});
}

TEST(LexerSemicolons, OnlyOneSemicolonForSeveralNewlines) {
  EXPECT_EQ(lex("x\n\n\ny").tokens, (Strings{"Ident:x", "Semicolon:newline", "Ident:y", "Semicolon:EOF"}));
}

TEST(LexerSemicolons, InsertedAtEofWithoutNewline) {
  Lexed l = lex("x := 1");
  EXPECT_EQ(l.tokens, (Strings{"Ident:x", "Define", "IntLit:1", "Semicolon:EOF"}));
  EXPECT_TRUE(l.raw.back().implicit);
  EXPECT_EQ(l.positions.back().column, 7u);  // the end of the file
}

TEST(LexerSemicolons, PositionIsTheNewline) {
  Lexed l = lex("ab  \ncd");
  ASSERT_EQ(l.tokens.size(), 4u);
  EXPECT_EQ(l.positions[1].line, 1u);
  EXPECT_EQ(l.positions[1].column, 5u);
  EXPECT_TRUE(l.raw[1].implicit);
}

TEST(LexerSemicolons, ExplicitSemicolonIsNotImplicit) {
  Lexed l = lex("x; y");
  EXPECT_EQ(l.tokens, (Strings{"Ident:x", "Semicolon", "Ident:y", "Semicolon:EOF"}));
  EXPECT_FALSE(l.raw[1].implicit);
}

TEST(LexerSemicolons, GeneralCommentWithNewlineActsLikeNewline) {
  Lexed l = lex("x /* a\nb */ y");
  EXPECT_EQ(l.tokens, (Strings{"Ident:x", "Semicolon:newline", "Ident:y", "Semicolon:EOF"}));
  EXPECT_EQ(l.positions[1].column, 3u);  // gc puts it at the comment
  EXPECT_EQ(lex("x /* a */ y").tokens, (Strings{"Ident:x", "Ident:y", "Semicolon:EOF"}));
  EXPECT_EQ(lex("+ /* a\nb */ y").tokens, (Strings{"Add", "Ident:y", "Semicolon:EOF"}));
}

TEST(LexerSemicolons, LineCommentAtEofWithoutNewline) {
  EXPECT_EQ(lex("x // c").tokens, (Strings{"Ident:x", "Semicolon:EOF"}));
  EXPECT_EQ(lex("x // c\ny").tokens, (Strings{"Ident:x", "Semicolon:newline", "Ident:y", "Semicolon:EOF"}));
}

TEST(LexerSemicolons, InsertedAfterQuestionInBothDialects) {
  Strings want{"Ident:f", "LParen", "RParen", "Question", "Semicolon:newline", "Ident:g", "Semicolon:EOF"};
  EXPECT_EQ(lex("f()?\ng", DialectKind::Vo).tokens, want);
  EXPECT_EQ(lex("f()?\ng", DialectKind::Go).tokens, want);
}

TEST(LexerEof, RepeatedNextReturnsEof) {
  SourceManager sources;
  FileId file = sources.addFile("t.go", "x");
  DiagnosticEngine diags(sources);
  Lexer lexer(sources, file, diags, DialectKind::Go);
  EXPECT_EQ(lexer.next().kind, TokenKind::Ident);
  Token semi = lexer.next();
  EXPECT_EQ(semi.kind, TokenKind::Semicolon);
  EXPECT_EQ(semi.text, "EOF");
  for (int i = 0; i < 5; ++i) {
    Token t = lexer.next();
    EXPECT_EQ(t.kind, TokenKind::Eof);
    EXPECT_EQ(t.pos.offset, 1u);
  }
}

TEST(LexerEof, EmptyFileIsJustEof) {
  EXPECT_EQ(lex("").tokens, Strings{});
  EXPECT_EQ(lex("").errors, Strings{});
}

TEST(LexerOperators, EveryOperatorAndPunctuation) {
  EXPECT_EQ(lex("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
                "!= <= >= := ... ( [ { , . ) ] } ; : ? ~>")
                .tokens,
            (Strings{"Add",       "Sub",       "Mul",       "Quo",       "Rem",          "And",    "Or",
                     "Xor",       "Shl",       "Shr",       "AndNot",    "AddAssign",    "SubAssign",
                     "MulAssign", "QuoAssign", "RemAssign", "AndAssign", "OrAssign",     "XorAssign",
                     "ShlAssign", "ShrAssign", "AndNotAssign", "LAnd",   "LOr",          "Arrow",  "Inc",
                     "Dec",       "Eql",       "Lss",       "Gtr",       "Assign",       "Not",    "Tilde",
                     "Neq",       "Leq",       "Geq",       "Define",    "Ellipsis",     "LParen", "LBrack",
                     "LBrace",    "Comma",     "Period",    "RParen",    "RBrack",       "RBrace", "Semicolon",
                     "Colon",     "Question",  "DynArrow"}));
}

TEST(LexerOperators, DotsAndDynArrow) {
  EXPECT_EQ(lex("a..b").tokens, (Strings{"Ident:a", "Period", "Period", "Ident:b", "Semicolon:EOF"}));
  EXPECT_EQ(lex("x....").tokens, (Strings{"Ident:x", "Ellipsis", "Period"}));
  EXPECT_EQ(lex("a~>b~>[0] ~x ~ >").tokens,
            (Strings{"Ident:a", "DynArrow", "Ident:b", "DynArrow", "LBrack", "IntLit:0", "RBrack", "Tilde",
                     "Ident:x", "Tilde", "Gtr"}));
}

TEST(LexerIntLiterals, ValidForms) {
  Lexed l = lex("42 0 0600 0o600 0O600 0xBadFace 0XBAD_FACE 0b1011 0B1 1_000_000 0x_67 0_600 "
                "170141183460469231731687303715884105727");
  EXPECT_EQ(l.errors, Strings{});
  ASSERT_EQ(l.tokens.size(), 14u);
  for (size_t i = 0; i + 1 < l.tokens.size(); ++i) {
    EXPECT_EQ(l.raw[i].kind, TokenKind::IntLit) << l.tokens[i];
    EXPECT_FALSE(l.raw[i].bad) << l.tokens[i];
  }
  EXPECT_EQ(l.tokens[5], "IntLit:0xBadFace");
}

TEST(LexerFloatLiterals, ValidForms) {
  Lexed l = lex("0. 72.40 072.40 2.71828 1.e+0 6.67428e-11 1E6 .25 .12345E+5 1_5. 0.15e+0_2 0x1p-2 0x2.p10 "
                "0x1.Fp+0 0X.8p-0 0X_1FFFP-16 0e0 089.5 1e1");
  EXPECT_EQ(l.errors, Strings{});
  ASSERT_EQ(l.tokens.size(), 20u);
  for (size_t i = 0; i + 1 < l.tokens.size(); ++i) EXPECT_EQ(l.raw[i].kind, TokenKind::FloatLit) << l.tokens[i];
  EXPECT_EQ(l.tokens[7], "FloatLit:.25");
}

TEST(LexerImaginaryLiterals, ValidForms) {
  Lexed l = lex("0i 0123i 0o123i 0xabci 0.i 2.71828i 1.e+0i 6.67428e-11i 1E6i .25i .12345E+5i 0x1p-2i 0789i");
  EXPECT_EQ(l.errors, Strings{});
  ASSERT_EQ(l.tokens.size(), 14u);
  for (size_t i = 0; i + 1 < l.tokens.size(); ++i) EXPECT_EQ(l.raw[i].kind, TokenKind::ImagLit) << l.tokens[i];
}

TEST(LexerNumberErrors, DigitsOutsideTheBase) {
  EXPECT_EQ(onlyError("08"), "1:2: invalid digit '8' in octal literal");
  EXPECT_EQ(onlyError("x = 0o1239"), "1:10: invalid digit '9' in octal literal");
  EXPECT_EQ(onlyError("0b12"), "1:4: invalid digit '2' in binary literal");
  Lexed l = lex("0779");
  ASSERT_FALSE(l.raw.empty());
  EXPECT_TRUE(l.raw[0].bad);
  EXPECT_EQ(l.tokens[0], "IntLit:0779");
}

TEST(LexerNumberErrors, MisplacedSeparators) {
  EXPECT_EQ(onlyError("1_"), "1:2: '_' must separate successive digits");
  EXPECT_EQ(onlyError("1__2"), "1:3: '_' must separate successive digits");
  EXPECT_EQ(onlyError("0_xBadFace"), "1:2: '_' must separate successive digits");
  EXPECT_EQ(onlyError("0x1_.5p0"), "1:4: '_' must separate successive digits");
  EXPECT_EQ(onlyError("1_.5"), "1:2: '_' must separate successive digits");
  EXPECT_EQ(onlyError("1e_1"), "1:3: '_' must separate successive digits");
  EXPECT_EQ(lex("0x_1 0_1 1_0.1_0e1_0").errors, Strings{});
}

TEST(LexerNumberErrors, MantissaExponentAndRadixPoint) {
  EXPECT_EQ(onlyError("0x1.0"), "1:6: hexadecimal mantissa requires a 'p' exponent");
  EXPECT_EQ(onlyError("0x1p"), "1:5: exponent has no digits");
  EXPECT_EQ(onlyError("1e+"), "1:4: exponent has no digits");
  EXPECT_EQ(onlyError("0x"), "1:3: hexadecimal literal has no digits");
  EXPECT_EQ(onlyError("0b"), "1:3: binary literal has no digits");
  EXPECT_EQ(onlyError("0x.p1"), "1:4: hexadecimal literal has no digits");
  EXPECT_EQ(onlyError("0b1.0"), "1:4: invalid radix point in binary literal");
  EXPECT_EQ(onlyError("0o1e3"), "1:4: 'e' exponent requires decimal mantissa");
  EXPECT_EQ(onlyError("1p3"), "1:2: 'p' exponent requires hexadecimal mantissa");
  EXPECT_EQ(onlyError("1P3"), "1:2: 'P' exponent requires hexadecimal mantissa");
}

TEST(LexerRuneLiterals, ValidForms) {
  Lexed l = lex(R"('a' 'ä' '本' '\t' '\000' '\007' '\377' '\x07' '\xff' '\u12e4' '\U00101234' '\'' '"' '\\')");
  EXPECT_EQ(l.errors, Strings{});
  ASSERT_EQ(l.tokens.size(), 15u);
  EXPECT_EQ(l.tokens[1], "RuneLit:'ä'");
  for (size_t i = 0; i + 1 < l.tokens.size(); ++i) EXPECT_EQ(l.raw[i].kind, TokenKind::RuneLit) << l.tokens[i];
}

TEST(LexerRuneLiterals, Errors) {
  EXPECT_EQ(onlyError("'aa'"), "1:1: more than one character in rune literal");
  EXPECT_EQ(onlyError("x = ''"), "1:6: empty rune literal or unescaped '");
  EXPECT_EQ(onlyError(R"('\xa')"), R"(1:5: invalid character '\'' in hexadecimal escape)");
  EXPECT_EQ(onlyError(R"('\0')"), R"(1:4: invalid character '\'' in octal escape)");
  EXPECT_EQ(onlyError(R"('\uDFFF')"), "1:8: escape is invalid Unicode code point U+DFFF");
  EXPECT_EQ(onlyError(R"('\U00110000')"), "1:12: escape is invalid Unicode code point U+110000");
  EXPECT_EQ(onlyError(R"('\400')"), "1:6: octal escape value 256 > 255");
  EXPECT_EQ(onlyError(R"('\q')"), "1:3: unknown escape");
  EXPECT_EQ(onlyError(R"('\"')"), "1:3: unknown escape");
  // After the newline, the second ' starts another rune literal.
  EXPECT_EQ(lex("'a\n'").errors, (Strings{"1:3: newline in rune literal", "2:1: rune literal not terminated"}));
  EXPECT_EQ(onlyError("x = 'a"), "1:5: rune literal not terminated");
  Lexed l = lex("'ab'");
  ASSERT_FALSE(l.raw.empty());
  EXPECT_TRUE(l.raw[0].bad);
}

TEST(LexerStringLiterals, ValidForms) {
  Lexed l = lex(R"("abc" "\n" "\"" "日本語" "\u65e5本\U00008a9e" "\xff\u00FF" "\a\b\f\n\r\t\v\\\"" "")");
  EXPECT_EQ(l.errors, Strings{});
  ASSERT_EQ(l.tokens.size(), 9u);
  EXPECT_EQ(l.tokens[3], "StringLit:\"日本語\"");
  EXPECT_EQ(l.tokens[7], "StringLit:\"\"");
}

TEST(LexerStringLiterals, RawStringsSpanLinesAndKeepCarriageReturns) {
  Lexed l = lex("x := `a\r\nb\\n`\ny");
  EXPECT_EQ(l.errors, Strings{});
  EXPECT_EQ(l.tokens, (Strings{"Ident:x", "Define", "StringLit:`a\r\nb\\n`", "Semicolon:newline", "Ident:y",
                               "Semicolon:EOF"}));
  EXPECT_EQ(l.positions[3].line, 2u);
}

TEST(LexerStringLiterals, Errors) {
  EXPECT_EQ(onlyError(R"("\uD800")"), "1:8: escape is invalid Unicode code point U+D800");
  EXPECT_EQ(onlyError(R"("\'")"), "1:3: unknown escape");
  EXPECT_EQ(onlyError(R"("\xg")"), "1:4: invalid character 'g' in hexadecimal escape");
  EXPECT_EQ(lex("\"\\x\n\"").errors, (Strings{"1:4: invalid character '\\n' in hexadecimal escape",
                                             "1:4: newline in string", "2:1: string not terminated"}));
  EXPECT_EQ(onlyError("x = \"abc\ny"), "1:9: newline in string");
  EXPECT_EQ(onlyError("x = \"abc"), "1:5: string not terminated");
  EXPECT_EQ(onlyError("x = `abc\n"), "1:5: string not terminated");
  Lexed l = lex("\"abc\nx");
  EXPECT_EQ(l.tokens, (Strings{"StringLit:\"abc", "Semicolon:newline", "Ident:x", "Semicolon:EOF"}));
  EXPECT_TRUE(l.raw[0].bad);
}

TEST(LexerIdentifiers, UnicodeLettersAndDigits) {
  Lexed l = lex("αβ x本 _x9 ĳ ﬁ a٣ Ǆ ℵ");
  EXPECT_EQ(l.errors, Strings{});
  EXPECT_EQ(l.tokens, (Strings{"Ident:αβ", "Ident:x本", "Ident:_x9", "Ident:ĳ", "Ident:ﬁ", "Ident:a٣", "Ident:Ǆ",
                               "Ident:ℵ", "Semicolon:EOF"}));
}

TEST(LexerIdentifiers, InvalidCharactersInIdentifiers) {
  Lexed l = lex("var x⊛y int");
  EXPECT_EQ(l.errors, Strings{"1:6: invalid character U+229B '⊛' in identifier"});
  EXPECT_EQ(l.tokens, (Strings{"KwVar", "Ident:x⊛y", "Ident:int", "Semicolon:EOF"}));
  EXPECT_EQ(onlyError("٣x"), "1:1: identifier cannot begin with digit U+0663 '٣'");
  EXPECT_EQ(onlyError("\u00a0"), "1:1: invalid character U+00A0 in identifier");  // not printable: no quote
}

TEST(LexerKeywords, GoKeywords) {
  Lexed l = lex("break case chan const continue default defer else fallthrough for func go goto if import "
                "interface map package range return select struct switch type var");
  EXPECT_EQ(l.errors, Strings{});
  ASSERT_EQ(l.raw.size(), 25u);
  for (const Token& t : l.raw) EXPECT_TRUE(isKeyword(t.kind));
  EXPECT_EQ(l.tokens.front(), "KwBreak");
  EXPECT_EQ(l.tokens.back(), "KwVar");
  EXPECT_EQ(lex("breaks _var Func iff").tokens,
            (Strings{"Ident:breaks", "Ident:_var", "Ident:Func", "Ident:iff", "Semicolon:EOF"}));
}

TEST(LexerKeywords, FailAndErrdeferOnlyInVo) {
  EXPECT_EQ(lex("fail errdefer\n", DialectKind::Go).tokens,
            (Strings{"Ident:fail", "Ident:errdefer", "Semicolon:newline"}));
  EXPECT_EQ(lex("fail errdefer\n", DialectKind::Vo).tokens, (Strings{"KwFail", "KwErrdefer"}));
}

TEST(LexerComments, SkippedAndUnterminated) {
  EXPECT_EQ(lex("a /* b */ c // d\n").tokens, (Strings{"Ident:a", "Ident:c", "Semicolon:newline"}));
  EXPECT_EQ(lex("a /**/ /***/ /* * / */ b").tokens, (Strings{"Ident:a", "Ident:b", "Semicolon:EOF"}));
  Lexed l = lex("x\n  /* never closed\n");
  EXPECT_EQ(l.errors, Strings{"2:3: comment not terminated"});
  EXPECT_EQ(lex("x /* never closed").tokens, (Strings{"Ident:x", "Semicolon:EOF"}));
}

// Every token and error of `src` (file "a.go") at the position diagnostics print, after line directives:
// `x.go:3:5 Ident:x` and `x.go:3:5: message`. Semicolons and Eof are left out.
struct Presumed {
  Strings tokens;
  Strings errors;
};

Presumed lexPresumed(const std::string& src) {
  SourceManager sources;
  FileId file = sources.addFile("a.go", src);
  DiagnosticEngine diags(sources);
  Lexer lexer(sources, file, diags, DialectKind::Go);
  Presumed out;
  for (Token tok = lexer.next(); tok.kind != TokenKind::Eof; tok = lexer.next()) {
    if (tok.kind == TokenKind::Semicolon) continue;
    std::string s = sources.describe(tok.pos) + " " + kKindNames[static_cast<size_t>(tok.kind)];
    if (!tok.text.empty()) s += ":" + std::string(tok.text);
    out.tokens.push_back(s);
  }
  for (const Diagnostic& d : diags.diagnostics()) out.errors.push_back(diags.format(d));
  return out;
}

// The expected outputs below were checked against `go tool compile` (Go 1.19) on the same text.
TEST(LexerLineDirectives, LineFormSetsNameAndLineWithoutColumn) {
  Presumed p = lexPresumed("a\n//line foo.go:100\nb\n  c\n");
  EXPECT_EQ(p.tokens, (Strings{"a.go:1:1 Ident:a", "foo.go:100 Ident:b", "foo.go:101 Ident:c"}));
  EXPECT_TRUE(p.errors.empty());
}

TEST(LexerLineDirectives, LineColumnFormAdjustsColumnsOnItsLineOnly) {
  Presumed p = lexPresumed("//line foo.go:200:5\nx y\n  z\n");
  EXPECT_EQ(p.tokens, (Strings{"foo.go:200:5 Ident:x", "foo.go:200:7 Ident:y", "foo.go:201:3 Ident:z"}));
}

TEST(LexerLineDirectives, GeneralCommentFormAppliesRightAfterTheComment) {
  Presumed p = lexPresumed("a /*line bar.go:7:3*/ b c\nd\n");
  EXPECT_EQ(p.tokens,
            (Strings{"a.go:1:1 Ident:a", "bar.go:7:4 Ident:b", "bar.go:7:6 Ident:c", "bar.go:8:1 Ident:d"}));
  p = lexPresumed("x /*line one.go:1:1*//*line two.go:5:5*/y\n");
  EXPECT_EQ(p.tokens, (Strings{"a.go:1:1 Ident:x", "two.go:5:5 Ident:y"}));
  p = lexPresumed("/*line x.go:3*/a\nb\n");  // no column: unknown from here on
  EXPECT_EQ(p.tokens, (Strings{"x.go:3 Ident:a", "x.go:4 Ident:b"}));
}

TEST(LexerLineDirectives, EmptyNameKeepsThePreviousOnlyWithAColumn) {
  Presumed p = lexPresumed("//line :50:1\na\n//line :60\nb\n//line gen.go:1\n//line :70:4\nc\n");
  EXPECT_EQ(p.tokens, (Strings{"a.go:50:1 Ident:a", ":60 Ident:b", "gen.go:70:4 Ident:c"}));
}

TEST(LexerLineDirectives, NameMayContainColons) {
  Presumed p = lexPresumed("//line c:\\dir\\foo.go:10\na\n//line 7:8:9\nb\n");
  EXPECT_EQ(p.tokens, (Strings{"c:\\dir\\foo.go:10 Ident:a", "7:8:9 Ident:b"}));
}

TEST(LexerLineDirectives, LineCommentMustStartInColumnOne) {
  Presumed p = lexPresumed(" //line foo.go:10\na\n/* x */ //line foo.go:30\nb\n\xef\xbb\xbf");
  EXPECT_EQ(p.tokens, (Strings{"a.go:2:1 Ident:a", "a.go:4:1 Ident:b"}));
  // After a BOM the comment starts in byte column 4, so gc does not take it either.
  p = lexPresumed("\xef\xbb\xbf//line foo.go:10\na\n");
  EXPECT_EQ(p.tokens, (Strings{"a.go:2:1 Ident:a"}));
}

TEST(LexerLineDirectives, TextWithoutAColonOrPrefixIsIgnored) {
  Presumed p = lexPresumed("//line foo\na\n//linefoo.go:30\nb\n/*line*/c\n//line\nd\n/* line x.go:1:1 */e\n");
  EXPECT_EQ(p.tokens,
            (Strings{"a.go:2:1 Ident:a", "a.go:4:1 Ident:b", "a.go:5:9 Ident:c", "a.go:7:1 Ident:d",
                     "a.go:8:20 Ident:e"}));
  EXPECT_TRUE(p.errors.empty());
}

TEST(LexerLineDirectives, InvalidNumbersAreReportedAtTheNumber) {
  Presumed p = lexPresumed(
      "//line foo.go:0\n//line foo.go:x\n//line foo.go:10:0\n//line foo.go:99999999999999999999999\n"
      "//line foo.go:\n//line foo.go:1073741825\n//line foo.go:5:1073741825\n//line foo.go:5:x\n"
      "/*line foo.go:0:1*/a\n");
  EXPECT_EQ(p.errors, (Strings{"a.go:1:15: invalid line number: 0", "a.go:2:15: invalid line number: x",
                               "a.go:3:18: invalid column number: 0",
                               "a.go:4:15: invalid line number: 99999999999999999999999",
                               "a.go:5:15: invalid line number: ", "a.go:6:15: invalid line number: 1073741825",
                               "a.go:7:17: invalid column number: 1073741825",
                               "a.go:8:17: invalid line number: x", "a.go:9:15: invalid line number: 0"}));
  EXPECT_EQ(p.tokens, Strings{"a.go:9:20 Ident:a"});  // no directive took effect
  // The largest values are accepted; an error inside a later directive is placed by the earlier one. (gc
  // prints `big.go:1073741824` for the token: its compact positions cannot hold columns from 255 on.)
  p = lexPresumed("//line big.go:1073741824:1073741824\na\n//line x.go:0\n");
  EXPECT_EQ(p.tokens, Strings{"big.go:1073741824:1073741824 Ident:a"});
  EXPECT_EQ(p.errors, Strings{"big.go:1073741825:13: invalid line number: 0"});
}

TEST(LexerLineDirectives, CarriageReturnsAndMultiLineComments) {
  Presumed p = lexPresumed("//line crlf.go:10:2\r\na\r\n/*line multi\n.go:40:1*/ b\nc\n");
  // A directive comment spanning lines counts lines from its first line, as gc does.
  EXPECT_EQ(p.tokens, (Strings{"crlf.go:10:2 Ident:a", "multi\n.go:41:12 Ident:b", "multi\n.go:42:1 Ident:c"}));
  p = lexPresumed("a /*line x.go:1:1");  // not terminated: not a directive
  EXPECT_EQ(p.tokens, Strings{"a.go:1:1 Ident:a"});
  EXPECT_EQ(p.errors, Strings{"a.go:1:3: comment not terminated"});
}

TEST(LexerLineDirectives, LexingAgainRecordsNothingNew) {
  SourceManager sources;
  FileId file = sources.addFile("a.go", "//line :5:1\na\n//line :9:1\nb\n");
  DiagnosticEngine diags(sources);
  for (int round = 0; round < 2; ++round) {
    Lexer lexer(sources, file, diags, DialectKind::Go);
    Token a = lexer.next();
    lexer.next();
    Token b = lexer.next();
    EXPECT_EQ(sources.describe(a.pos), "a.go:5:1");
    EXPECT_EQ(sources.describe(b.pos), "a.go:9:1");
  }
}

TEST(LexerCharacters, InvalidCharactersAreReportedAndSkipped) {
  EXPECT_EQ(onlyError("@"), "1:1: invalid character U+0040 '@'");
  EXPECT_EQ(onlyError("a # b"), "1:3: invalid character U+0023 '#'");
  EXPECT_EQ(onlyError("\x01"), "1:1: invalid character U+0001");
  EXPECT_EQ(onlyError("\x7f"), "1:1: invalid character U+007F");
  Lexed l = lex("x @\ny");
  EXPECT_EQ(l.tokens, (Strings{"Ident:x", "Semicolon:newline", "Ident:y", "Semicolon:EOF"}));
}

TEST(LexerCharacters, NulInvalidUtf8AndBom) {
  EXPECT_EQ(onlyError(std::string("x\0y", 3)), "1:2: invalid NUL character");
  EXPECT_EQ(onlyError(std::string("\"a\0\"", 4)), "1:3: invalid NUL character");
  EXPECT_EQ(onlyError(std::string("// c\0\n", 6)), "1:5: invalid NUL character");
  // gc's source reads the first byte on a path without the NUL check; the scanner then rejects the character.
  EXPECT_EQ(onlyError(std::string("\0x", 2)), "1:1: invalid character U+0000");
  Lexed dots = lex(std::string("..\0.", 4));  // skipped bytes do not split `...`, as in gc
  EXPECT_EQ(dots.tokens, Strings{"Ellipsis"});
  EXPECT_EQ(dots.errors, Strings{"1:3: invalid NUL character"});
  EXPECT_EQ(onlyError("x \xff"), "1:3: invalid UTF-8 encoding");
  EXPECT_EQ(lex("\"\xc0\x80\"").errors, (Strings{"1:2: invalid UTF-8 encoding", "1:3: invalid UTF-8 encoding"}));
  EXPECT_EQ(onlyError("\xed\xa0\x80"), "3 errors");                    // an encoded surrogate: each byte bad
  EXPECT_EQ(lex("\xEF\xBB\xBFpackage p").errors, Strings{});
  EXPECT_EQ(lex("\xEF\xBB\xBFpackage p").tokens, (Strings{"KwPackage", "Ident:p", "Semicolon:EOF"}));
  EXPECT_EQ(onlyError("x \xEF\xBB\xBF"), "1:3: invalid BOM in the middle of the file");
}

TEST(LexerCharacters, ErrorsAreCapped) {
  SourceManager sources;
  FileId file = sources.addFile("nul.go", std::string(Lexer::kMaxErrors + 500, '\0'));
  DiagnosticEngine diags(sources);
  Lexer lexer(sources, file, diags, DialectKind::Go);
  EXPECT_EQ(lexer.next().kind, TokenKind::Eof);
  ASSERT_EQ(diags.errorCount(), Lexer::kMaxErrors + 1);
  EXPECT_EQ(diags.diagnostics().back().message, "too many errors");
}

TEST(LexerPerformance, LargeInputLexesInLinearTime) {
  std::string src;
  const std::string line = "\tx[i] = f(y, 0x1F, \"s\\n\", 'c', `r`) + 1.5e3 // comment\n";
  while (src.size() + line.size() < (16u << 20)) src += line;
  size_t lines = src.size() / line.size();
  SourceManager sources;
  FileId file = sources.addFile("big.go", std::move(src));
  DiagnosticEngine diags(sources);
  Lexer lexer(sources, file, diags, DialectKind::Go);
  size_t count = 0;
  while (lexer.next().kind != TokenKind::Eof) ++count;
  EXPECT_EQ(count, lines * 20);
  EXPECT_FALSE(diags.hasErrors());
}

TEST(TokenDescribe, GcWording) {
  auto describe = [](TokenKind kind, std::string_view text = "", bool implicit = false) {
    Token t;
    t.kind = kind;
    t.text = text;
    t.implicit = implicit;
    return describeToken(t);
  };
  EXPECT_EQ(describe(TokenKind::Ident, "foo"), "name foo");
  EXPECT_EQ(describe(TokenKind::IntLit, "42"), "literal 42");
  EXPECT_EQ(describe(TokenKind::StringLit, "\"a b\""), "literal \"a b\"");
  EXPECT_EQ(describe(TokenKind::FloatLit, "1e3"), "literal 1e3");
  EXPECT_EQ(describe(TokenKind::Semicolon, "newline", true), "newline");
  EXPECT_EQ(describe(TokenKind::Semicolon, "EOF", true), "EOF");
  EXPECT_EQ(describe(TokenKind::Semicolon), "semicolon");
  EXPECT_EQ(describe(TokenKind::KwFunc), "keyword func");
  EXPECT_EQ(describe(TokenKind::KwErrdefer), "keyword errdefer");
  EXPECT_EQ(describe(TokenKind::Comma), "comma");
  EXPECT_EQ(describe(TokenKind::RParen), ")");
  EXPECT_EQ(describe(TokenKind::AndNotAssign), "&^=");
  EXPECT_EQ(describe(TokenKind::Inc), "++");
  EXPECT_EQ(describe(TokenKind::Eof), "EOF");
  EXPECT_EQ(describe(TokenKind::DynArrow), "~>");
}

TEST(TokenDescribe, DescribesLexedTokens) {
  SourceManager sources;
  FileId file = sources.addFile("t.go", "f(x, 0x1F) }\n");
  DiagnosticEngine diags(sources);
  Lexer lexer(sources, file, diags, DialectKind::Go);
  Strings got;
  for (Token t = lexer.next(); t.kind != TokenKind::Eof; t = lexer.next()) got.push_back(describeToken(t));
  EXPECT_EQ(got, (Strings{"name f", "(", "name x", "comma", "literal 0x1F", ")", "}", "newline"}));
}

TEST(TokenTable, SpellingsKeywordsAndDialects) {
  EXPECT_EQ(tokenSpelling(TokenKind::Add), "+");
  EXPECT_EQ(tokenSpelling(TokenKind::KwInterface), "interface");
  EXPECT_EQ(tokenSpelling(TokenKind::Ident), "name");
  EXPECT_EQ(tokenSpelling(TokenKind::Question), "?");
  EXPECT_TRUE(isKeyword(TokenKind::KwBreak));
  EXPECT_TRUE(isKeyword(TokenKind::KwVar));
  EXPECT_TRUE(isKeyword(TokenKind::KwFail));
  EXPECT_FALSE(isKeyword(TokenKind::Ident));
  EXPECT_FALSE(isKeyword(TokenKind::DynArrow));
  EXPECT_EQ(dialectOfPath("a/b/main.vo"), DialectKind::Vo);
  EXPECT_EQ(dialectOfPath("main.go"), DialectKind::Go);
  EXPECT_EQ(dialectOfPath("vo"), DialectKind::Go);
  EXPECT_EQ(dialectOfPath("x.vo.go"), DialectKind::Go);
}

TEST(LexerUnicode, Classification) {
  EXPECT_TRUE(Lexer::isUnicodeLetter(U'a'));
  EXPECT_TRUE(Lexer::isUnicodeLetter(U'本'));
  EXPECT_FALSE(Lexer::isUnicodeLetter(U'_'));
  EXPECT_FALSE(Lexer::isUnicodeLetter(U'⊛'));
  EXPECT_TRUE(Lexer::isUnicodeDigit(U'٣'));
  EXPECT_FALSE(Lexer::isUnicodeDigit(U'x'));
  EXPECT_TRUE(Lexer::isUnicodeUpper(U'Ä'));
  EXPECT_FALSE(Lexer::isUnicodeUpper(U'ä'));
  EXPECT_FALSE(Lexer::isUnicodeLetter(0x110000));
}

// Lexes every .go file of Go's own test suite to the end. The files reported below contain deliberate lexical
// errors (most are errorcheck tests whose `// ERROR` comments expect exactly those errors); the bound catches
// regressions that make valid Go fail to lex.
TEST(LexerGoTestSuite, LexesEveryFile) {
  const std::filesystem::path root = "/usr/share/go-1.19/test";
  if (!std::filesystem::exists(root)) GTEST_SKIP() << root << " is missing (Debian package golang-1.19-src)";
  size_t files = 0;
  Strings withErrors;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".go") continue;
    SourceManager sources;
    std::string error;
    std::optional<FileId> file = sources.loadFile(entry.path().string(), error);
    ASSERT_TRUE(file.has_value()) << error;
    DiagnosticEngine diags(sources);
    Lexer lexer(sources, *file, diags, DialectKind::Go);
    size_t tokens = 0;
    while (lexer.next().kind != TokenKind::Eof) ++tokens;
    ASSERT_LE(tokens, sources.contents(*file).size() + 1) << entry.path();
    ++files;
    if (diags.hasErrors()) {
      withErrors.push_back(entry.path().string() + ": " + diags.format(diags.sorted().front()));
    }
  }
  for (const std::string& s : withErrors) std::cout << "lexer errors: " << s << '\n';
  std::cout << files << " files lexed, " << withErrors.size() << " with lexer errors\n";
  EXPECT_GT(files, 2000u);
  EXPECT_LE(withErrors.size(), 12u);  // measured on Go 1.19.8: 12, all deliberate
}

}  // namespace
}  // namespace vo::syntax
