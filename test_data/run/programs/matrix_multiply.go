package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0.5, 0}, {0, 2}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.Mul(identity(2)))
	p := identity(2)
	for i := 0; i < 10; i++ {
		p = p.Mul(a)
	}
	fmt.Println(p)
}
