// The index variable of a range over a slice or array: the body may read it, change it (the next iteration
// still gets the next index), take its address or pass it to a function that writes through the pointer; the
// element values of every kind come from the right index.
package main

import "fmt"

type point struct{ x, y int }

func inc(p *int) { *p += 100 }

func main() {
	xs := []int{10, 20, 30, 40}
	for i := range xs {
		fmt.Print(i, ":", xs[i], " ")
	}
	fmt.Println()
	for i, x := range xs {
		i += 2 // does not skip iterations
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println()
	t := 0
	for i := range xs {
		p := &i
		*p *= 2
		t += *p
	}
	fmt.Println(t)
	for i := range xs {
		inc(&i)
		fmt.Print(i, " ")
	}
	fmt.Println()
	arr := [3]float64{1.5, 2.5, 3.5}
	sum := 0.0
	for i, v := range arr {
		sum += v * float64(i)
	}
	fmt.Println(sum)
	bs := []bool{true, false, true}
	by := []byte("hey")
	fs := []float64{0.5, 0.25}
	pts := []point{{1, 2}, {3, 4}}
	n := 0
	for k, b := range bs {
		if b {
			n += k
		}
	}
	for k, c := range by {
		n += int(c) * k
	}
	for _, f := range fs {
		n += int(f * 8)
	}
	for k, p := range pts {
		n += p.x*10 + p.y + k
	}
	fmt.Println(n)
	for i := range xs {
		for j := range xs[i:] {
			if j == 1 {
				break
			}
			fmt.Print(i+j, " ")
		}
	}
	fmt.Println()
}
