// Every statement kind in valid use: must check with zero diagnostics.

package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", v)
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	default:
		return "other"
	}
}

func main() {
	q, r := divmod(7, 2)
	q, s := divmod(q, 3)
	fmt.Println(q, r, s)
	var total float64
	shapes := []Shape{Square{1}, Square{2}}
	for _, sh := range shapes {
		total += sh.Area()
	}
	ch := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println(v)
		}
		done <- true
	}()
	ch <- 1
	select {
	case ch <- 2:
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
	}
	close(ch)
	<-done
	defer fmt.Println("bye")
	i := 0
loop:
	for {
		switch {
		case i > 3:
			break loop
		case i == 1:
			i += 2
			continue loop
		}
		i++
	}
	if n := len(shapes); n > 1 {
		fmt.Println(n, total, classify(3))
	} else if n == 0 {
		goto end
	}
end:
	var arr [4]int
	arr[1], arr[2] = arr[2], arr[1]
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	p := &arr
	p[0]++
	func() {}()
}
