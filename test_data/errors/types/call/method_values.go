// Method values and method expressions: value and pointer receivers, the automatic &x for pointer methods of
// addressable values, and method expressions T.m and (*T).m whose first parameter is the receiver.
package main

type T struct{ n int }

func (t T) Get() int      { return t.n }
func (t *T) Set(n int)    { t.n = n }
func (t T) Add(d int) int { return t.n + d }

type I interface{ Get() int }

func main() {
	var t T
	t.Set(1) // (&t).Set(1)
	_ = t.Get()
	p := &t
	p.Set(2)
	_ = p.Get() // (*p).Get()
	get := t.Get
	set := t.Set
	var _ func() int = get
	var _ func(int) = set
	var _ func(T) int = T.Get
	var _ func(T, int) int = T.Add
	var _ func(*T, int) = (*T).Set
	var _ func(*T) int = (*T).Get
	ts := []T{{1}, {2}}
	ts[0].Set(3) // slice elements are addressable
	var i I = t
	_ = i.Get()
	var _ func(I) int = I.Get
	_ = I.Get(i)
	_ = T.Add(t, 1)

	T{}.Set(1)         // ERROR "^cannot call pointer method Set on T$"
	m := map[int]T{}
	m[0].Set(1)        // ERROR "^cannot call pointer method Set on T$"
	_ = T.Set          // ERROR "^invalid method expression T\.Set \(needs pointer receiver \(\*T\)\.Set\)$"
	_ = T.n            // ERROR "^T\.n undefined \(type T has no method n\)$"
	var _ func() = T.Get // ERROR "cannot use T\.Get \(value of type func\(T\) int\) as func\(\) value in variable declaration"
}
