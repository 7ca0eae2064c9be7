// Command gen_stdlib_api writes stdlib/<import path>/<name>.vo: the exported API of Go 1.19's standard packages
// as Vo sources without function bodies (a body-less function is a native). Run it through scripts/gen-stdlib-api.
//
// Usage: go run gen_stdlib_api.go GOSRC OUTDIR
//
// For each package of `packages` it selects the files Go builds for linux/amd64 (go/build), type-checks them with
// go/types (to learn constant values, the types of variables declared without one, and comparability), and keeps:
//   - exported functions and methods (of exported types), bodies dropped;
//   - exported types as written; in structs, exported fields as written, unexported fields as written when their
//     type can be expressed with the shipped packages (unexported named types of the package are replaced by their
//     underlying type), otherwise as a placeholder field of the same name whose type is `any` (the original type
//     is comparable) or `func()` (it is not), so that the struct's comparability is Go's;
//   - exported constants: a const group is copied whole when every expression in it can be expressed (unexported
//     names it does not need become `_`, the unexported constants it needs are kept); otherwise each exported
//     constant is written on its own with its exact value (from go/types);
//   - exported variables with their type; an initializer is kept only when it uses nothing but exported
//     declarations of the shipped packages.
//
// Hand-written implementations: a package folder may hold `*_impl.vo` files (plain Go syntax, package clause as
// the generated file's). Every function, method (`T.M`), type and variable they declare is left out of the
// generated file, so the two files together declare the package once; the generated header lists them.
// A const group is left out when they declare all its exported names (and it is an error to declare only some).
//
// A declaration that cannot be expressed (it mentions a package that is not shipped, unsafe, an unexported type,
// or type parameters) is skipped and listed in the file's header comment. The output is gofmt-formatted and the
// same for the same input: running the generator twice writes identical files.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/doc"
	"go/format"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// packages are the import paths written, in an order where every package comes after the shipped ones it uses.
var packages = []string{
	"errors", "io", "unicode", "unicode/utf8", "unicode/utf16", "math/bits", "math", "sort", "sync", "runtime", "strconv",
	"time", "io/fs", "bytes", "strings", "bufio", "os", "fmt", "math/rand", "math/cmplx", "log", "io/ioutil", "container/list",
	"container/ring", "container/heap", "path", "path/filepath", "runtime/debug", "text/tabwriter",
}

// shipped reports whether import path p is one of `packages` (stdlib/dyn is hand-written and never referenced).
func shipped(p string) bool {
	for _, q := range packages {
		if q == p {
			return true
		}
	}
	return false
}

type pkgData struct {
	path  string
	fset  *token.FileSet
	files []*ast.File
	tpkg  *types.Package
	info  *types.Info
	// kept says, for each package-level object considered, whether it is written (exported objects only; the
	// unexported constants written are decided per group at emission).
	kept map[types.Object]bool
}

var loaded = map[string]*pkgData{}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "gen_stdlib_api: "+format+"\n", args...)
	os.Exit(1)
}

func load(gosrc, path string) *pkgData {
	ctx := build.Default
	bp, err := ctx.Import(path, "", 0)
	if err != nil {
		fatalf("%s: %v", path, err)
	}
	if !strings.HasPrefix(bp.Dir, gosrc) && !strings.HasPrefix(filepath.Clean(bp.Dir),
		filepath.Clean(filepath.Join(ctx.GOROOT, "src"))) {
		fatalf("%s: found in %s, not in %s", path, bp.Dir, gosrc)
	}
	fset := token.NewFileSet()
	names := append([]string(nil), bp.GoFiles...)
	sort.Strings(names)
	var files []*ast.File
	for _, n := range names {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, n), nil, parser.ParseComments)
		if err != nil {
			fatalf("%v", err)
		}
		// Field comments (struct fields, interface methods, parameters) would be printed with the nodes; the
		// generated files keep one doc line per declaration only.
		ast.Inspect(f, func(n ast.Node) bool {
			if fld, isField := n.(*ast.Field); isField {
				fld.Doc, fld.Comment = nil, nil
			}
			return true
		})
		files = append(files, f)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{
		Importer:         importer.ForCompiler(fset, "source", nil),
		Sizes:            types.SizesFor("gc", "amd64"),
		IgnoreFuncBodies: true,
		Error:            func(error) {},
	}
	tpkg, err := conf.Check(path, fset, files, info)
	if err != nil {
		fatalf("type-checking %s: %v", path, err)
	}
	return &pkgData{path: path, fset: fset, files: files, tpkg: tpkg, info: info, kept: map[types.Object]bool{}}
}

// ---- References -------------------------------------------------------------------------------------------------

// refs collects what an expression (a type or a value) refers to. ok becomes false when it refers to something
// that can never be expressed (a local object, unsafe, a function literal, an unexported field or method).
type refs struct {
	objs []types.Object // package-level objects of any package, in order of appearance
	ok   bool
}

func (p *pkgData) collect(e ast.Node, r *refs) {
	if e == nil {
		return
	}
	switch n := e.(type) {
	case *ast.Ident:
		obj := p.info.Uses[n]
		if obj == nil {
			if n.Name == "_" {
				return
			}
			r.ok = false
			return
		}
		p.noteObj(obj, r)
	case *ast.SelectorExpr:
		if id, isId := n.X.(*ast.Ident); isId {
			if pn, isPkg := p.info.Uses[id].(*types.PkgName); isPkg {
				if pn.Name() != pn.Imported().Name() {
					r.ok = false // an import alias; never needed in the packages shipped
					return
				}
				obj := p.info.Uses[n.Sel]
				if obj == nil || pn.Imported().Path() == "unsafe" {
					r.ok = false
					return
				}
				r.objs = append(r.objs, obj)
				return
			}
		}
		if sel := p.info.Selections[n]; sel == nil || !sel.Obj().Exported() {
			r.ok = false
		}
		p.collect(n.X, r)
	case *ast.FuncLit:
		r.ok = false
	case *ast.FuncType:
		p.collectFields(n.Params, r)
		p.collectFields(n.Results, r)
	case *ast.StructType:
		p.collectFields(n.Fields, r)
	case *ast.InterfaceType:
		p.collectFields(n.Methods, r)
	case *ast.CompositeLit:
		p.collect(n.Type, r)
		for _, elt := range n.Elts {
			if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
				if _, isField := p.info.Uses[identOf(kv.Key)].(*types.Var); isField {
					p.collect(kv.Value, r)
					continue
				}
			}
			p.collect(elt, r)
		}
	default:
		ast.Inspect(e, func(c ast.Node) bool {
			if c == e {
				return true
			}
			if ce, isExpr := c.(ast.Expr); isExpr {
				p.collect(ce, r)
				return false
			}
			return true
		})
	}
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	if id == nil {
		return &ast.Ident{}
	}
	return id
}

func (p *pkgData) collectFields(fl *ast.FieldList, r *refs) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		p.collect(f.Type, r)
	}
}

func (p *pkgData) noteObj(obj types.Object, r *refs) {
	if obj.Parent() == types.Universe {
		return
	}
	if obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope() {
		r.objs = append(r.objs, obj)
		return
	}
	r.ok = false
}

// available reports whether obj (a package-level object) can be named in an emitted declaration of package p.
func available(obj types.Object) bool {
	if obj.Pkg() == nil {
		return true
	}
	d := loaded[obj.Pkg().Path()]
	if d == nil {
		return false
	}
	if obj.Pkg() != d.tpkg {
		// Another package's view of it (the importer type-checked that package on its own): use ours.
		if obj = d.tpkg.Scope().Lookup(obj.Name()); obj == nil {
			return false
		}
	}
	if !obj.Exported() {
		// Unexported constants are written when a written constant needs them (see emitConsts).
		c, isConst := obj.(*types.Const)
		return isConst && d.constExpressible(c, map[types.Object]bool{})
	}
	k, known := d.kept[obj]
	return known && k
}

func allAvailable(r refs) bool {
	if !r.ok {
		return false
	}
	for _, o := range r.objs {
		if !available(o) {
			return false
		}
	}
	return true
}

// constExpressible reports whether the unexported constant c can be written with its own defining expression.
func (p *pkgData) constExpressible(c *types.Const, seen map[types.Object]bool) bool {
	if seen[c] {
		return false
	}
	seen[c] = true
	spec, typ, vals, idx := p.constSpec(c)
	if spec == nil || vals == nil || idx >= len(vals) {
		return false
	}
	r := refs{ok: true}
	p.collect(typ, &r)
	p.collect(vals[idx], &r)
	if !r.ok {
		return false
	}
	for _, o := range r.objs {
		if o.Pkg() == p.tpkg && !o.Exported() {
			oc, isConst := o.(*types.Const)
			if !isConst || !p.constExpressible(oc, seen) {
				return false
			}
		} else if !available(o) {
			return false
		}
	}
	return true
}

// constSpec finds the spec declaring c with its effective type and values (implicit repetition resolved).
func (p *pkgData) constSpec(c types.Object) (*ast.ValueSpec, ast.Expr, []ast.Expr, int) {
	for _, f := range p.files {
		for _, d := range f.Decls {
			gd, isGen := d.(*ast.GenDecl)
			if !isGen || gd.Tok != token.CONST {
				continue
			}
			var typ ast.Expr
			var vals []ast.Expr
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				if vs.Values != nil {
					typ, vals = vs.Type, vs.Values
				}
				for i, n := range vs.Names {
					if p.info.Defs[n] == c {
						return vs, typ, vals, i
					}
				}
			}
		}
	}
	return nil, nil, nil, 0
}

// ---- Deciding what is kept --------------------------------------------------------------------------------------

type skip struct {
	name   string
	reason string
}

// candidate is one exported declaration with what it needs.
type candidate struct {
	obj   types.Object
	needs refs
	// types must be expressible with typeText; inlined ones may replace unexported named types of the package
	// by their underlying type (exported struct fields of an unexported type such as unicode.CaseRange.Delta).
	types   []types.Type
	inlined []types.Type
	fields  []string // the source text of the exported fields whose types are in inlined, in the same order
	reason  string   // set when it can never be kept
}

// expressible reports whether everything c needs can be written.
func (c *candidate) expressible(p *pkgData) bool {
	if !allAvailable(c.needs) {
		return false
	}
	for _, t := range c.types {
		if _, ok := p.typeText(t, nil); !ok {
			return false
		}
	}
	for _, t := range c.inlined {
		if _, ok := p.typeText(t, map[*types.TypeName]bool{}); !ok {
			return false
		}
	}
	return true
}

func (p *pkgData) candidates() []*candidate {
	var out []*candidate
	for _, f := range p.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				c := &candidate{obj: p.info.Defs[d.Name], needs: refs{ok: true}}
				if d.Type.TypeParams != nil {
					c.reason = "type parameters"
				}
				if d.Recv != nil {
					base := recvBase(d.Recv.List[0].Type)
					if !base.IsExported() {
						continue
					}
					p.collect(base, &c.needs)
				}
				p.collect(d.Type, &c.needs)
				out = append(out, c)
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if !s.Name.IsExported() {
							continue
						}
						c := &candidate{obj: p.info.Defs[s.Name], needs: refs{ok: true}}
						if s.TypeParams != nil {
							c.reason = "type parameters"
						}
						if st, isStruct := s.Type.(*ast.StructType); isStruct && !s.Assign.IsValid() {
							for _, fld := range st.Fields.List {
								if fieldExported(fld) {
									c.inlined = append(c.inlined, p.info.Types[fld.Type].Type)
									c.fields = append(c.fields, fieldText(p.fset, fld))
								}
							}
						} else {
							p.collect(s.Type, &c.needs)
						}
						out = append(out, c)
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if !n.IsExported() {
								continue
							}
							c := &candidate{obj: p.info.Defs[n], needs: refs{ok: true}}
							if d.Tok == token.VAR {
								if s.Type != nil {
									p.collect(s.Type, &c.needs)
								} else {
									c.types = append(c.types, c.obj.Type())
								}
							} else if b, isBasic := c.obj.Type().(*types.Basic); !isBasic || b.Info()&types.IsUntyped == 0 {
								c.types = append(c.types, c.obj.Type())
							}
							out = append(out, c)
						}
					}
				}
			}
		}
	}
	return out
}

func fieldExported(f *ast.Field) bool {
	if len(f.Names) == 0 {
		return recvBase(f.Type).IsExported()
	}
	for _, n := range f.Names {
		if n.IsExported() {
			return true
		}
	}
	return false
}

// recvBase returns the type name of a receiver or embedded field type (`*T`, `T`, `pkg.T`).
func recvBase(e ast.Expr) *ast.Ident {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvBase(t.X)
	case *ast.Ident:
		return t
	case *ast.SelectorExpr:
		return t.Sel
	case *ast.IndexExpr:
		return recvBase(t.X)
	case *ast.IndexListExpr:
		return recvBase(t.X)
	}
	return &ast.Ident{Name: "_"}
}

// decideAll marks every exported candidate of every package kept, then drops the ones that need something not
// kept until nothing changes.
func decideAll() map[string][]skip {
	cands := map[string][]*candidate{}
	for _, path := range packages {
		p := loaded[path]
		cands[path] = p.candidates()
		for _, c := range cands[path] {
			p.kept[c.obj] = c.reason == ""
		}
	}
	for changed := true; changed; {
		changed = false
		for _, path := range packages {
			p := loaded[path]
			for _, c := range cands[path] {
				if p.kept[c.obj] && !c.expressible(p) {
					p.kept[c.obj] = false
					changed = true
				}
			}
		}
	}
	skips := map[string][]skip{}
	for _, path := range packages {
		p := loaded[path]
		for _, c := range cands[path] {
			if p.kept[c.obj] {
				continue
			}
			reason := c.reason
			if reason == "" && allAvailable(c.needs) {
				reason = "its type cannot be expressed"
				for i, t := range c.inlined {
					if _, ok := p.typeText(t, map[*types.TypeName]bool{}); !ok {
						reason = "its field `" + c.fields[i] + "` cannot be expressed"
					}
				}
			} else if reason == "" {
				reason = "uses " + strings.Join(p.missing(c.needs), ", ")
			}
			skips[path] = append(skips[path], skip{name: p.displayName(c.obj), reason: reason})
		}
	}
	return skips
}

func (p *pkgData) missing(r refs) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if !r.ok {
		add("unsafe or an unexported name")
	}
	for _, o := range r.objs {
		if !available(o) {
			if o.Pkg() != p.tpkg {
				add(o.Pkg().Path() + "." + o.Name())
			} else {
				add(o.Name())
			}
		}
	}
	return out
}

func (p *pkgData) displayName(obj types.Object) string {
	if f, isFunc := obj.(*types.Func); isFunc {
		if recv := f.Type().(*types.Signature).Recv(); recv != nil {
			t := recv.Type()
			star := ""
			if pt, isPtr := t.(*types.Pointer); isPtr {
				t, star = pt.Elem(), "*"
			}
			return "(" + star + t.(*types.Named).Obj().Name() + ")." + obj.Name()
		}
	}
	return obj.Name()
}

// ---- Writing types from go/types --------------------------------------------------------------------------------

// typeText writes t as Vo source for package p. Unexported named types of p are replaced by their underlying type
// when inline is not nil (it holds the ones being expanded, against cycles); anything else that cannot be named
// makes ok false. imports collects the packages named.
func (p *pkgData) typeText(t types.Type, inline map[*types.TypeName]bool) (string, bool) {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer || t.Info()&types.IsUntyped != 0 {
			return "", false
		}
		return t.Name(), true
	case *types.Named:
		obj := t.Obj()
		if t.TypeArgs().Len() > 0 {
			return "", false
		}
		if obj.Pkg() == nil {
			return obj.Name(), true
		}
		if obj.Exported() && available(obj) {
			if obj.Pkg() == p.tpkg {
				return obj.Name(), true
			}
			return obj.Pkg().Name() + "." + obj.Name(), true
		}
		if obj.Pkg() == p.tpkg && inline != nil && !inline[obj] {
			inline[obj] = true
			s, ok := p.typeText(t.Underlying(), inline)
			delete(inline, obj)
			return s, ok
		}
		return "", false
	case *types.Pointer:
		s, ok := p.typeText(t.Elem(), inline)
		return "*" + s, ok
	case *types.Slice:
		s, ok := p.typeText(t.Elem(), inline)
		return "[]" + s, ok
	case *types.Array:
		s, ok := p.typeText(t.Elem(), inline)
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + s, ok
	case *types.Map:
		k, ok1 := p.typeText(t.Key(), inline)
		v, ok2 := p.typeText(t.Elem(), inline)
		return "map[" + k + "]" + v, ok1 && ok2
	case *types.Chan:
		s, ok := p.typeText(t.Elem(), inline)
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + s, ok
		case types.RecvOnly:
			return "<-chan " + s, ok
		}
		if strings.HasPrefix(s, "<-") {
			s = "(" + s + ")"
		}
		return "chan " + s, ok
	case *types.Signature:
		params, ok1 := p.tupleText(t.Params(), t.Variadic(), inline)
		results, ok2 := p.tupleText(t.Results(), false, inline)
		s := "func(" + params + ")"
		if t.Results().Len() == 1 {
			s += " " + results
		} else if t.Results().Len() > 1 {
			s += " (" + results + ")"
		}
		return s, ok1 && ok2
	case *types.Struct:
		var parts []string
		ok := true
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			s, fok := p.typeText(f.Type(), inline)
			ok = ok && fok
			if !f.Embedded() {
				s = f.Name() + " " + s
			}
			if tag := t.Tag(i); tag != "" {
				s += " " + strconv.Quote(tag)
			}
			parts = append(parts, s)
		}
		return "struct{" + strings.Join(parts, "; ") + "}", ok
	case *types.Interface:
		var parts []string
		ok := true
		for i := 0; i < t.NumEmbeddeds(); i++ {
			s, eok := p.typeText(t.EmbeddedType(i), inline)
			ok = ok && eok
			parts = append(parts, s)
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			s, mok := p.typeText(m.Type(), inline)
			ok = ok && mok
			parts = append(parts, m.Name()+strings.TrimPrefix(s, "func"))
		}
		if len(parts) == 0 {
			return "interface{}", ok
		}
		return "interface{ " + strings.Join(parts, "; ") + " }", ok
	}
	return "", false
}

func (p *pkgData) tupleText(tu *types.Tuple, variadic bool, inline map[*types.TypeName]bool) (string, bool) {
	var parts []string
	ok := true
	for i := 0; i < tu.Len(); i++ {
		v := tu.At(i)
		var s string
		var vok bool
		if variadic && i == tu.Len()-1 {
			s, vok = p.typeText(v.Type().(*types.Slice).Elem(), inline)
			s = "..." + s
		} else {
			s, vok = p.typeText(v.Type(), inline)
		}
		ok = ok && vok
		parts = append(parts, s)
	}
	return strings.Join(parts, ", "), ok
}

// ---- Emission ---------------------------------------------------------------------------------------------------

type emitter struct {
	p       *pkgData
	out     bytes.Buffer
	imports map[string]bool
	// neededNames are the unexported constants written because a written constant needs them;
	// neededConsts the const groups holding them.
	neededNames  map[types.Object]bool
	neededConsts map[*ast.GenDecl]bool
	// impl holds the names the package's hand-written *_impl.vo files declare ("F", "T", "T.M", "V");
	// implFiles their base names.
	impl      map[string]bool
	implFiles []string
}

// readImpl records what the hand-written *_impl.vo files in dir declare.
func (e *emitter) readImpl(dir string) {
	e.impl = map[string]bool{}
	files, _ := filepath.Glob(filepath.Join(dir, "*_impl.vo"))
	sort.Strings(files)
	fset := token.NewFileSet()
	for _, file := range files {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			fatalf("%v", err)
		}
		e.implFiles = append(e.implFiles, filepath.Base(file))
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil {
					e.impl[recvBase(d.Recv.List[0].Type).Name+"."+d.Name.Name] = true
				} else {
					e.impl[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						e.impl[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range s.Names {
							e.impl[n.Name] = true
						}
					}
				}
			}
		}
	}
}

// implNames lists the hand-written names that replace generated declarations of the package, sorted.
func (e *emitter) implNames() []string {
	var out []string
	for _, f := range e.p.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if e.p.kept[e.p.info.Defs[d.Name]] && e.impl[funcKey(d)] {
					out = append(out, funcKey(d))
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if e.p.kept[e.p.info.Defs[s.Name]] && e.impl[s.Name.Name] {
							out = append(out, s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if e.p.kept[e.p.info.Defs[n]] && e.impl[n.Name] {
								out = append(out, n.Name)
							}
						}
					}
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// funcKey names a function "F" or a method "T.M" as readImpl does.
func funcKey(d *ast.FuncDecl) string {
	if d.Recv != nil {
		return recvBase(d.Recv.List[0].Type).Name + "." + d.Name.Name
	}
	return d.Name.Name
}

func (e *emitter) node(n any) string { return nodeText(e.p.fset, n) }

// fieldText prints a struct field as `Name Type`.
func fieldText(fset *token.FileSet, f *ast.Field) string {
	var names []string
	for _, n := range f.Names {
		names = append(names, n.Name)
	}
	if len(names) == 0 {
		return nodeText(fset, f.Type)
	}
	return strings.Join(names, ", ") + " " + nodeText(fset, f.Type)
}

// nodeText prints a syntax node as gofmt would.
func nodeText(fset *token.FileSet, n any) string {
	var b bytes.Buffer
	if err := (&printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}).Fprint(&b, fset, n); err != nil {
		fatalf("printing: %v", err)
	}
	// The lines that held the dropped field comments would stay blank.
	text := b.String()
	for strings.Contains(text, "\n\n") {
		text = strings.ReplaceAll(text, "\n\n", "\n")
	}
	return text
}

// useRefs records the imports an emitted expression needs.
func (e *emitter) useRefs(n ast.Node) {
	r := refs{ok: true}
	e.p.collect(n, &r)
	for _, o := range r.objs {
		if o.Pkg() != nil && o.Pkg() != e.p.tpkg {
			e.imports[o.Pkg().Path()] = true
		}
	}
}

func (e *emitter) useTypeImports(t types.Type) {
	// typeText names packages by their name; record each package it mentions.
	var walk func(types.Type, map[types.Type]bool)
	walk = func(t types.Type, seen map[types.Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if t.Obj().Pkg() != nil && t.Obj().Pkg() != e.p.tpkg && t.Obj().Exported() {
				e.imports[t.Obj().Pkg().Path()] = true
				return
			}
			if t.Obj().Pkg() == e.p.tpkg && !t.Obj().Exported() {
				walk(t.Underlying(), seen)
			}
		case *types.Pointer:
			walk(t.Elem(), seen)
		case *types.Slice:
			walk(t.Elem(), seen)
		case *types.Array:
			walk(t.Elem(), seen)
		case *types.Map:
			walk(t.Key(), seen)
			walk(t.Elem(), seen)
		case *types.Chan:
			walk(t.Elem(), seen)
		case *types.Signature:
			for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tu.Len(); i++ {
					walk(tu.At(i).Type(), seen)
				}
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type(), seen)
			}
		case *types.Interface:
			for i := 0; i < t.NumEmbeddeds(); i++ {
				walk(t.EmbeddedType(i), seen)
			}
			for i := 0; i < t.NumExplicitMethods(); i++ {
				walk(t.ExplicitMethod(i).Type(), seen)
			}
		}
	}
	walk(t, map[types.Type]bool{})
}

// docLine returns the first sentence of the first non-empty doc comment as a one-line comment.
func docLine(groups ...*ast.CommentGroup) string {
	for _, g := range groups {
		if g == nil {
			continue
		}
		if s := doc.Synopsis(g.Text()); s != "" {
			return "// " + s + "\n"
		}
	}
	return ""
}

func (e *emitter) doc(groups ...*ast.CommentGroup) { e.out.WriteString(docLine(groups...)) }

func (e *emitter) emitFunc(d *ast.FuncDecl) {
	if !e.p.kept[e.p.info.Defs[d.Name]] || e.impl[funcKey(d)] {
		return
	}
	c := *d
	c.Body, c.Doc = nil, nil
	e.useRefs(c.Type)
	e.out.WriteString("\n")
	e.doc(d.Doc)
	e.out.WriteString(e.node(&c) + "\n")
}

func (e *emitter) emitType(gd *ast.GenDecl, s *ast.TypeSpec) {
	obj := e.p.info.Defs[s.Name]
	if !e.p.kept[obj] || e.impl[s.Name.Name] {
		return
	}
	e.out.WriteString("\n")
	e.doc(s.Doc, gd.Doc)
	st, isStruct := s.Type.(*ast.StructType)
	if !isStruct || s.Assign.IsValid() {
		e.useRefs(s.Type)
		c := *s
		c.Doc, c.Comment = nil, nil
		e.out.WriteString("type " + e.node(&c) + "\n")
		return
	}
	e.out.WriteString("type " + s.Name.Name + " struct {\n")
	tstruct := obj.Type().Underlying().(*types.Struct)
	fieldIndex := 0
	for _, fld := range st.Fields.List {
		n := len(fld.Names)
		if n == 0 {
			n = 1
		}
		tag := ""
		if fld.Tag != nil {
			tag = " " + fld.Tag.Value
		}
		if fieldExported(fld) {
			typeText := e.node(fld.Type)
			r := refs{ok: true}
			e.p.collect(fld.Type, &r)
			if allAvailable(r) {
				e.useRefs(fld.Type)
			} else {
				// An unexported type of the package (unicode.CaseRange.Delta has type d): write its underlying type.
				t := e.p.info.Types[fld.Type].Type
				typeText, _ = e.p.typeText(t, map[*types.TypeName]bool{})
				e.useTypeImports(t)
				tag += " // " + e.node(fld.Type) + " in Go"
			}
			names := ""
			for i, id := range fld.Names {
				if i > 0 {
					names += ", "
				}
				names += id.Name
			}
			if names != "" {
				names += " "
			}
			e.out.WriteString("\t" + names + typeText + tag + "\n")
			fieldIndex += n
			continue
		}
		for i := 0; i < n; i++ {
			v := tstruct.Field(fieldIndex)
			fieldIndex++
			name := v.Name()
			if text, ok := e.p.typeText(v.Type(), map[*types.TypeName]bool{}); ok {
				e.useTypeImports(v.Type())
				if v.Embedded() && text == types.TypeString(v.Type(), types.RelativeTo(e.p.tpkg)) {
					e.out.WriteString("\t" + text + tag + "\n")
				} else {
					e.out.WriteString("\t" + name + " " + text + tag + "\n")
				}
				continue
			}
			placeholder := "func()"
			if types.Comparable(v.Type()) {
				placeholder = "any"
			}
			orig := types.TypeString(v.Type(), func(p *types.Package) string {
				if p == e.p.tpkg {
					return ""
				}
				return p.Name()
			})
			e.out.WriteString("\t" + name + " " + placeholder + " // placeholder for " + orig + "\n")
		}
	}
	e.out.WriteString("}\n")
}

func (e *emitter) emitVars(gd *ast.GenDecl) {
	var lines []string
	for _, s := range gd.Specs {
		vs := s.(*ast.ValueSpec)
		for i, n := range vs.Names {
			obj := e.p.info.Defs[n]
			if !e.p.kept[obj] || e.impl[n.Name] {
				continue
			}
			line := n.Name
			typ := ""
			if vs.Type != nil {
				e.useRefs(vs.Type)
				typ = e.node(vs.Type)
			} else {
				typ, _ = e.p.typeText(obj.Type(), nil)
			}
			init := ""
			if len(vs.Values) == len(vs.Names) {
				r := refs{ok: true}
				e.p.collect(vs.Values[i], &r)
				if allAvailable(r) {
					e.useRefs(vs.Values[i])
					init = e.node(vs.Values[i])
				}
			}
			if init == "" || vs.Type != nil {
				if init == "" {
					e.useTypeImports(obj.Type())
				}
				line += " " + typ
			}
			if init != "" {
				line += " = " + init
			}
			if gd.Lparen.IsValid() {
				line = docLine(vs.Doc) + line
			} else {
				line = docLine(vs.Doc, gd.Doc) + line
			}
			lines = append(lines, line)
		}
	}
	if len(lines) == 0 {
		return
	}
	e.out.WriteString("\n")
	if len(lines) == 1 && !gd.Lparen.IsValid() {
		d := docLine(gd.Doc)
		e.out.WriteString(d + "var " + strings.TrimPrefix(lines[0], d) + "\n")
		return
	}
	e.out.WriteString("var (\n" + strings.Join(lines, "\n") + "\n)\n")
}

// emitConsts writes one const group, whole when possible, else constant by constant with exact values.
func (e *emitter) emitConsts(gd *ast.GenDecl) {
	p := e.p
	// A const group whose names the hand-written files declare is left out whole; one they declare only in part
	// cannot be split.
	inImpl, notInImpl := 0, 0
	for _, s := range gd.Specs {
		for _, n := range s.(*ast.ValueSpec).Names {
			if n.Name == "_" {
				continue
			}
			if e.impl[n.Name] {
				inImpl++
			} else if n.IsExported() {
				notInImpl++
			}
		}
	}
	if inImpl > 0 && notInImpl > 0 {
		fatalf("%s: a hand-written file declares only part of a const group (%s)", p.path, nodeText(p.fset, gd.Specs[0]))
	}
	if inImpl > 0 {
		return
	}
	type effSpec struct {
		spec *ast.ValueSpec
		typ  ast.Expr
		vals []ast.Expr
	}
	var specs []effSpec
	var typ ast.Expr
	var vals []ast.Expr
	anyKept := false
	wholeOK := true
	for _, s := range gd.Specs {
		vs := s.(*ast.ValueSpec)
		if vs.Values != nil {
			typ, vals = vs.Type, vs.Values
		}
		specs = append(specs, effSpec{vs, typ, vals})
		r := refs{ok: true}
		p.collect(typ, &r)
		for _, v := range vals {
			p.collect(v, &r)
		}
		for _, o := range r.objs {
			if o.Pkg() == p.tpkg && !o.Exported() {
				if c, isConst := o.(*types.Const); isConst && p.constExpressible(c, map[types.Object]bool{}) {
					continue
				}
				wholeOK = false
			} else if !available(o) {
				wholeOK = false
			}
		}
		if !r.ok {
			wholeOK = false
		}
		for _, n := range vs.Names {
			if n.IsExported() && p.kept[p.info.Defs[n]] {
				anyKept = true
			}
		}
	}
	if !anyKept && !e.neededConsts[gd] {
		return
	}
	e.out.WriteString("\n")
	e.doc(gd.Doc)
	if wholeOK {
		var lines []string
		for _, es := range specs {
			vs := es.spec
			var names []string
			for _, n := range vs.Names {
				obj := p.info.Defs[n]
				if (n.IsExported() && p.kept[obj]) || e.neededNames[obj] {
					names = append(names, n.Name)
				} else {
					names = append(names, "_")
				}
			}
			line := strings.Join(names, ", ")
			if vs.Type != nil {
				e.useRefs(vs.Type)
				line += " " + e.node(vs.Type)
			}
			if vs.Values != nil {
				var vals []string
				for _, v := range vs.Values {
					e.useRefs(v)
					vals = append(vals, e.node(v))
				}
				line += " = " + strings.Join(vals, ", ")
			}
			lines = append(lines, docLine(vs.Doc)+line)
		}
		// Unneeded specs at the end of the group (all names `_`) change no iota value: leave them out.
		for len(lines) > 1 && isBlankSpec(lines[len(lines)-1]) {
			lines = lines[:len(lines)-1]
		}
		if !gd.Lparen.IsValid() && len(lines) == 1 {
			e.out.WriteString("const " + lines[0] + "\n")
		} else {
			e.out.WriteString("const (\n" + strings.Join(lines, "\n") + "\n)\n")
		}
		return
	}
	// Constant by constant, with exact values.
	var lines []string
	for _, es := range specs {
		for _, n := range es.spec.Names {
			obj := p.info.Defs[n]
			if !(n.IsExported() && p.kept[obj]) {
				continue
			}
			c := obj.(*types.Const)
			line := n.Name
			if b, isBasic := c.Type().(*types.Basic); !isBasic || b.Info()&types.IsUntyped == 0 {
				s, _ := p.typeText(c.Type(), nil)
				e.useTypeImports(c.Type())
				line += " " + s
			}
			lines = append(lines, line+" = "+constText(c))
		}
	}
	if len(lines) == 1 {
		e.out.WriteString("const " + lines[0] + "\n")
	} else {
		e.out.WriteString("const (\n" + strings.Join(lines, "\n") + "\n)\n")
	}
}

// isBlankSpec reports whether a written const spec line declares only `_` names.
func isBlankSpec(line string) bool {
	if i := strings.LastIndex(line, "\n"); i >= 0 {
		line = line[i+1:]
	}
	names, _, _ := strings.Cut(line, " ")
	for _, n := range strings.Split(strings.TrimSuffix(names, ","), ",") {
		if strings.TrimSpace(n) != "_" {
			return false
		}
	}
	return true
}

func constText(c *types.Const) string {
	v := c.Val()
	switch v.Kind() {
	case constant.Bool, constant.String:
		return v.ExactString()
	case constant.Int:
		if b, isBasic := c.Type().(*types.Basic); isBasic && b.Kind() == types.UntypedRune {
			r, _ := constant.Int64Val(v)
			return strconv.QuoteRune(rune(r))
		}
		s := v.ExactString()
		if i, exact := constant.Int64Val(v); exact && i >= 0x10000 {
			return "0x" + strconv.FormatInt(i, 16)
		}
		return s
	}
	fatalf("constant %s: no exact form for %s", c.Name(), v.Kind())
	return ""
}

// neededClosure finds the unexported constants the written const groups need, and the groups they are in.
func (e *emitter) neededClosure() {
	p := e.p
	e.neededNames = map[types.Object]bool{}
	e.neededConsts = map[*ast.GenDecl]bool{}
	groupOf := map[types.Object]*ast.GenDecl{}
	var groups []*ast.GenDecl
	for _, f := range p.files {
		for _, d := range f.Decls {
			if gd, isGen := d.(*ast.GenDecl); isGen && gd.Tok == token.CONST {
				groups = append(groups, gd)
				for _, s := range gd.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						groupOf[p.info.Defs[n]] = gd
					}
				}
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, gd := range groups {
			written := e.neededConsts[gd]
			for _, s := range gd.Specs {
				for _, n := range s.(*ast.ValueSpec).Names {
					if n.IsExported() && p.kept[p.info.Defs[n]] {
						written = true
					}
				}
			}
			if !written {
				continue
			}
			var typ ast.Expr
			var vals []ast.Expr
			r := refs{ok: true}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				if vs.Values != nil {
					typ, vals = vs.Type, vs.Values
				}
				p.collect(typ, &r)
				for _, v := range vals {
					p.collect(v, &r)
				}
			}
			for _, o := range r.objs {
				c, isConst := o.(*types.Const)
				if !isConst || o.Pkg() != p.tpkg || o.Exported() || e.neededNames[o] {
					continue
				}
				if !p.constExpressible(c, map[types.Object]bool{}) {
					continue
				}
				e.neededNames[o] = true
				if g := groupOf[o]; g != nil && !e.neededConsts[g] {
					e.neededConsts[g] = true
				}
				changed = true
			}
		}
	}
}

func (e *emitter) emitPackage(skips []skip) []byte {
	p := e.p
	e.neededClosure()
	for _, f := range p.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				e.emitFunc(d)
			case *ast.GenDecl:
				switch d.Tok {
				case token.TYPE:
					for _, s := range d.Specs {
						e.emitType(d, s.(*ast.TypeSpec))
					}
				case token.VAR:
					e.emitVars(d)
				case token.CONST:
					e.emitConsts(d)
				}
			}
		}
	}
	var h bytes.Buffer
	fmt.Fprintf(&h, "// Code generated by scripts/gen-stdlib-api from Go 1.19's src/%s (linux/amd64); DO NOT EDIT.\n", p.path)
	fmt.Fprintf(&h, "\n// Package %s: the exported API of Go's %s. A function without a body is a native.\n", p.tpkg.Name(), p.path)
	h.WriteString("//\n// Unexported struct fields are kept when their type can be written with the shipped packages (an unexported\n" +
		"// named type is replaced by its underlying type); otherwise they become a placeholder of type `any` (the\n" +
		"// original is comparable) or `func()` (it is not), marked by a comment.\n")
	if len(skips) == 0 {
		h.WriteString("//\n// Skipped: nothing.\n")
	} else {
		h.WriteString("//\n// Skipped (not expressible here):\n")
		for _, s := range skips {
			fmt.Fprintf(&h, "//   - %s: %s\n", s.name, s.reason)
		}
	}
	if names := e.implNames(); len(names) > 0 {
		fmt.Fprintf(&h, "//\n// Hand-written in %s: %s.\n", strings.Join(e.implFiles, ", "), strings.Join(names, ", "))
	}
	fmt.Fprintf(&h, "package %s\n", p.tpkg.Name())
	var paths []string
	for path := range e.imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	if len(paths) > 0 {
		h.WriteString("\nimport (\n")
		for _, path := range paths {
			fmt.Fprintf(&h, "\t%q\n", path)
		}
		h.WriteString(")\n")
	}
	h.Write(e.out.Bytes())
	src, err := format.Source(h.Bytes())
	if err != nil {
		os.Stderr.Write(h.Bytes())
		fatalf("%s: formatting: %v", p.path, err)
	}
	checkNoVoKeywords(p.path, src)
	return src
}

// checkNoVoKeywords fails when an identifier is a Vo keyword (`fail`, `errdefer`).
func checkNoVoKeywords(path string, src []byte) {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile(path, -1, len(src)), src, nil, 0)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return
		}
		if tok == token.IDENT && (lit == "fail" || lit == "errdefer") {
			fatalf("%s: identifier %q at %v is a Vo keyword", path, lit, fset.Position(pos))
		}
	}
}

func main() {
	if len(os.Args) != 3 {
		fatalf("usage: gen_stdlib_api GOSRC OUTDIR")
	}
	gosrc, outdir := os.Args[1], os.Args[2]
	build.Default.GOOS, build.Default.GOARCH, build.Default.CgoEnabled = "linux", "amd64", false
	build.Default.GOROOT = filepath.Dir(filepath.Clean(gosrc))
	for _, path := range packages {
		loaded[path] = load(gosrc, path)
	}
	skips := decideAll()
	for _, path := range packages {
		e := &emitter{p: loaded[path], imports: map[string]bool{}}
		e.readImpl(filepath.Join(outdir, filepath.FromSlash(path)))
		src := e.emitPackage(skips[path])
		file := filepath.Join(outdir, filepath.FromSlash(path), loaded[path].tpkg.Name()+".vo")
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			fatalf("%v", err)
		}
		if err := os.WriteFile(file, src, 0o644); err != nil {
			fatalf("%v", err)
		}
	}
}
