/**
 */
package org.pregon.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Segment Delivery</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a network reaches a segment: its own audience restriction, a dedicated account, a separate variant for everyone, or not at all (published to everyone, segment only recorded).
 * <!-- end-model-doc -->
 * @see org.pregon.model.PregonPackage#getSegmentDelivery()
 * @model
 * @generated
 */
public enum SegmentDelivery implements Enumerator {
	/**
	 * The '<em><b>NOT TARGETED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_TARGETED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_TARGETED(0, "NOT_TARGETED", "NOT_TARGETED"),

	/**
	 * The '<em><b>TARGETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGETING_VALUE
	 * @generated
	 * @ordered
	 */
	TARGETING(1, "TARGETING", "TARGETING"),

	/**
	 * The '<em><b>SEPARATE ACCOUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_ACCOUNT_VALUE
	 * @generated
	 * @ordered
	 */
	SEPARATE_ACCOUNT(2, "SEPARATE_ACCOUNT", "SEPARATE_ACCOUNT"),

	/**
	 * The '<em><b>SEPARATE VARIANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_VARIANT_VALUE
	 * @generated
	 * @ordered
	 */
	SEPARATE_VARIANT(3, "SEPARATE_VARIANT", "SEPARATE_VARIANT");

	/**
	 * The '<em><b>NOT TARGETED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_TARGETED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_TARGETED_VALUE = 0;

	/**
	 * The '<em><b>TARGETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TARGETING_VALUE = 1;

	/**
	 * The '<em><b>SEPARATE ACCOUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_ACCOUNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEPARATE_ACCOUNT_VALUE = 2;

	/**
	 * The '<em><b>SEPARATE VARIANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEPARATE_VARIANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEPARATE_VARIANT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Segment Delivery</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SegmentDelivery[] VALUES_ARRAY =
		new SegmentDelivery[] {
			NOT_TARGETED,
			TARGETING,
			SEPARATE_ACCOUNT,
			SEPARATE_VARIANT,
		};

	/**
	 * A public read-only list of all the '<em><b>Segment Delivery</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SegmentDelivery> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Segment Delivery</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentDelivery get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentDelivery result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Delivery</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentDelivery getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentDelivery result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Delivery</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentDelivery get(int value) {
		switch (value) {
			case NOT_TARGETED_VALUE: return NOT_TARGETED;
			case TARGETING_VALUE: return TARGETING;
			case SEPARATE_ACCOUNT_VALUE: return SEPARATE_ACCOUNT;
			case SEPARATE_VARIANT_VALUE: return SEPARATE_VARIANT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SegmentDelivery(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SegmentDelivery
